package org.waypoint.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.children.Category;
import org.waypoint.children.ChildService;
import org.waypoint.children.NewChild;
import org.waypoint.security.RunAs;

/** A child whose name someone typed as markup is shown as those characters, never run as markup. */
@IntegrationTest
class StoredScriptIsTextTest extends SpringBrowserlessTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    @Autowired
    ChildService children;
    @Autowired
    RunAs runAs;

    @Test
    @WithUserDetails("tm")
    void markupInANameIsShownAsText() {
        UUID id = runAs.user("tm", () -> children.register(new NewChild(HOSTILE, "Jones", LocalDate.now().minusYears(7),
                Category.CIN, tmTeam(), null)).id());

        navigate("children/" + id, Component.class);
        Element page = getCurrentView().getElement();
        assertThat(page.getTextRecursively()).contains(HOSTILE);
        assertThat(descendants(page).filter(e -> !e.isTextNode()).map(Element::getTag)).doesNotContain("img", "script");
    }

    private long tmTeam() {
        return org.waypoint.security.CurrentUser.get().teamId();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(StoredScriptIsTextTest::descendants));
    }
}

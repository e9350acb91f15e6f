package org.waypoint.children.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.select.Select;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.children.LegalStatus;

/** "My day" and the child's record with its chronology, as the demo users see them. */
@IntegrationTest
class RecordViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("tm")
    void theManagersDayHasFiguresAndItemsEachALink() {
        MyDayView view = navigate(MyDayView.class);

        var links = $(Anchor.class, view).all();
        assertThat(links).extracting(Anchor::getHref).contains("oversight/caseloads", "supervision/compliance", "missing");
        assertThat(links).filteredOn(a -> a.hasClassName("due-item")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getHref()).isNotBlank().isNotEqualTo("my-day"));
    }

    @Test
    @WithUserDetails("sw")
    void theChildsRecordShowsTheChronologyAndFiltersIt() {
        UUID child = jdbc.queryForObject("""
                select e.child_id from missing_episode e join child c on c.id = e.child_id
                join staff s on s.id = c.allocated_worker_id where s.username = 'sw' limit 1""", UUID.class);
        navigate("children/" + child, ChildView.class);

        OrderedList list = $(OrderedList.class).withClassName("chronology-list").single();
        int all = list.getChildren().toList().size();
        assertThat(all).isGreaterThan(1);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> show = $(CheckboxGroup.class).single();
        assertThat(show.getValue()).contains("Allocation", "Missing episode");

        show.setValue(Set.of("Missing episode"));

        assertThat(list.getChildren().map(ListItem.class::cast)).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(item -> assertThat(item.getElement().getTextRecursively()).contains("Missing episode"));
    }

    @Test
    @WithUserDetails("sw")
    void theSummaryShowsTheLegalStatusInPlainWordsAndTheWorkerChangesIt() {
        UUID child = jdbc.queryForObject("""
                select c.id from child c join staff s on s.id = c.allocated_worker_id
                where s.username = 'sw' and c.category = 'CLA' and c.closed_on is null
                order by c.id limit 1""", UUID.class);
        String stored = jdbc.queryForObject("select legal_status from child where id = ?", String.class, child);
        navigate("children/" + child, ChildView.class);

        assertThat(legalStatusShown()).isEqualTo(LegalStatus.valueOf(stored).label());

        test($(Button.class).withText("Change legal status").single()).click();
        @SuppressWarnings("unchecked")
        Select<LegalStatus> choice = $(Select.class).withCaption("Legal status").single();
        LegalStatus changed = stored.equals("PLACEMENT_ORDER") ? LegalStatus.FULL_CARE_ORDER : LegalStatus.PLACEMENT_ORDER;
        choice.setValue(changed);
        test($(Button.class).withText("Save").single()).click();

        assertThat(legalStatusShown()).isEqualTo(changed.label());
        assertThat(jdbc.queryForObject("select legal_status from child where id = ?", String.class, child))
                .isEqualTo(changed.name());
        jdbc.update("update child set legal_status = ? where id = ?", stored, child);
    }

    /** The value beside the "Legal status" label in the record's summary. */
    private String legalStatusShown() {
        Div fact = $(Div.class).withClassName("fact").all().stream()
                .filter(f -> f.getElement().getChild(0).getTextRecursively().equals("Legal status"))
                .findFirst().orElseThrow();
        return fact.getElement().getChild(1).getTextRecursively();
    }
}

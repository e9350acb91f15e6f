package org.waypoint.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.pathway.Matter;

/** The pathway screens as the demo personal adviser and team manager use them. */
@IntegrationTest
class PathwayViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("pa")
    void theAdviserWalksTheTenMattersSavingAsTheyGoAndSends() {
        UUID child = jdbc.queryForObject("""
                select c.id from child c join staff s on s.id = c.allocated_worker_id
                where s.username = 'pa' and c.closed_on is null and c.category = 'CARE_LEAVER'
                  and not exists (select 1 from pathway_plan p where p.child_id = c.id)
                order by c.date_of_birth desc fetch first 1 rows only""", UUID.class);
        navigate("pathway/" + child, PathwayFlowView.class);
        for (Matter matter : Matter.values()) {
            assertThat($(com.vaadin.flow.component.html.H2.class).last().getText()).isEqualTo(matter.label());
            test(area("In your own words")).setValue("In my words about " + matter.label().toLowerCase());
            if (matter == Matter.ACCOMMODATION) {
                @SuppressWarnings("unchecked")
                RadioButtonGroup<String> suitable = $(RadioButtonGroup.class).single();
                suitable.setValue("Yes");
                test(area("Why?")).setValue("I feel safe and it is near college");
            }
            if (matter == Matter.FINANCIAL_SUPPORT) {
                test($(Button.class).withText("Add something that will happen").single()).click();
                test($(TextField.class).withCaption("What will happen").single()).setValue("Open a bank account");
                test($(TextField.class).withCaption("Who will do it").single()).setValue("Priya");
                $(DatePicker.class).withCaption("By when").single().setValue(LocalDate.now().plusWeeks(2));
            }
            test($(Button.class).withText("Save and continue").single()).click();
        }
        // saved as they went: the plan is there with every matter's words
        assertThat(jdbc.queryForObject("""
                select count(*) from pathway_section s join pathway_plan p on p.current_version_id = s.version_id
                where p.child_id = ? and s.young_person_views is not null""", Integer.class, child)).isEqualTo(10);
        assertThat($(ListItem.class).all()).isEmpty();
        // the young person asks for a review in a month: it becomes the next review
        LocalDate asked = LocalDate.now().plusMonths(1);
        $(DatePicker.class).withCaption("A review was asked for by").single().setValue(asked);
        test($(Button.class).withText("Save the review dates").single()).click();
        assertThat(jdbc.queryForObject("""
                select v.next_review_date from pathway_version v join pathway_plan p on p.current_version_id = v.id
                where p.child_id = ?""", LocalDate.class, child)).isEqualTo(asked);
        test($(Button.class).withText("Send to the manager").single()).click();
        assertThat(jdbc.queryForObject("""
                select v.status from pathway_version v join pathway_plan p on p.current_version_id = v.id
                where p.child_id = ?""", String.class, child)).isEqualTo("SUBMITTED");
    }

    @Test
    @WithUserDetails("tm2")
    void theManagerSeesTheGapsAndApprovalWaitsForARationale() {
        UUID waiting = jdbc.queryForObject("""
                select v.id from pathway_version v join pathway_plan p on p.current_version_id = v.id
                join child c on c.id = p.child_id join staff s on s.id = c.allocated_worker_id
                where s.username = 'pa' and v.status = 'SUBMITTED' order by v.submitted_at fetch first 1 rows only""",
                UUID.class);
        navigate(PathwayQueueView.class);
        navigate("pathway-plans/" + waiting + "/review", PathwayReviewView.class);
        Button approve = $(Button.class).withText("Approve").single();
        Button giveBack = $(Button.class).withText("Return for changes").single();
        assertThat(approve.isEnabled()).isFalse();
        assertThat(giveBack.isEnabled()).isFalse();
        test(area("Your rationale")).setValue("Her own words in every matter");
        assertThat(giveBack.isEnabled()).isTrue();
        assertThat(approve.isEnabled()).isEqualTo($(ListItem.class).all().stream()
                .noneMatch(li -> li.getParent().map(p -> p.hasClassName("pathway-gaps")).orElse(false)));

        // the printable summary of a returned plan, matter by matter in plain names
        UUID returned = jdbc.queryForObject("""
                select v.id from pathway_version v join pathway_plan p on p.current_version_id = v.id
                join child c on c.id = p.child_id join staff s on s.id = c.allocated_worker_id
                where s.username = 'pa' and v.status = 'RETURNED' fetch first 1 rows only""", UUID.class);
        navigate("pathway-plans/" + returned, PathwaySummaryView.class);
        assertThat($(Button.class).withText("Print or save as PDF").exists()).isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Where you live", "In your own words");
    }

    private TextArea area(String label) {
        return $(TextArea.class).withCaption(label).single();
    }

    @Test
    @WithUserDetails("tm2")
    void theFigureOnTheComplianceScreenOpensTheYoungPeopleBehindIt() {
        com.vaadin.flow.component.UI.getCurrent().navigate(PathwayUpToDateView.class,
                com.vaadin.flow.router.QueryParameters.of("status", "FORMER_RELEVANT"));
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Pathway plans up to date: former relevant", "Not up to date (", "Up to date (")
                .doesNotContain("Eligible ·", "Relevant ·");
        assertThat($(com.vaadin.flow.router.RouterLink.class).all()).isNotEmpty();
        // a link kept from elsewhere that no longer reads is explained, not an error page
        com.vaadin.flow.component.UI.getCurrent().navigate(PathwayUpToDateView.class,
                com.vaadin.flow.router.QueryParameters.of("status", "NOT_A_STATUS"));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("This list could not be shown");
    }

    @Test
    @WithUserDetails("pa")
    void theAdvisersCaseloadShowsEachCareLeaversStatus() {
        navigate("caseload", com.vaadin.flow.component.Component.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> grid = $(com.vaadin.flow.component.grid.Grid.class).single();
        // the cell is drawn in the browser from a template: read what the server gives it for each row
        @SuppressWarnings("unchecked")
        var cell = ((com.vaadin.flow.data.renderer.LitRenderer<Object>) grid.getColumns().get(2).getRenderer())
                .getValueProviders();
        java.util.List<String> statuses = new java.util.ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            Object child = test(grid).getRow(row);
            statuses.add(java.util.Objects.toString(cell.get("category").apply(child), "")
                    + java.util.Objects.toString(cell.get("status").apply(child), ""));
        }
        // the category badge, then the status the rule gives the young person today
        assertThat(statuses).isNotEmpty()
                .allMatch(s -> s.matches("(Care leaver|Looked after)(Eligible|Relevant|Former relevant.*|Support ended.*)"))
                .anyMatch(s -> s.endsWith("Former relevant"));
    }
}

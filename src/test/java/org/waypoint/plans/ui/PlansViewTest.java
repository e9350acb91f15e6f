package org.waypoint.plans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanInput;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.PlanStatus;
import org.waypoint.plans.PlanType;
import org.waypoint.security.RunAs;

/** The plan editor as the demo social worker uses it, and the approval screen as the demo team manager does. */
@IntegrationTest
class PlansViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    RunAs runAs;

    /** One of sw's children who has a plan, but none of this type (so the demo's plan-less children stay so). */
    UUID swChildWithout(PlanType type) {
        return jdbc.queryForObject("""
                select c.id from child c join staff s on s.id = c.allocated_worker_id and s.username = 'sw'
                where c.closed_on is null and exists (select 1 from plan p where p.child_id = c.id)
                  and not exists (select 1 from plan p where p.child_id = c.id and p.plan_type = ?)
                order by c.id fetch first 1 rows only""", UUID.class, type.name());
    }

    @Test
    @WithUserDetails("sw")
    @SuppressWarnings("unchecked")
    void theEditorSavesAsYouTypeListsTheGapsAndSubmits() {
        UUID child = swChildWithout(PlanType.CLA);
        PlanEditorView editor = navigate("children/" + child + "/new-plan", PlanEditorView.class);
        test((Select<PlanType>) $(Select.class, editor).first()).selectItem("Care plan");
        write("Outcome 1", "Settled with her foster carers and at school");
        write("Action 1", "Visit at the foster home every two weeks");
        ((ComboBox<PlanEditorView.Owner>) $(ComboBox.class, editor).first())
                .setValue(new PlanEditorView.Owner(null, "Foster carer"));
        write("What happens if the plan does not work, or the child is not safe?", "Move to her aunt's");
        write("The child's views and wishes, in their words", "I like it here");

        // Saved as a draft already, with the one gap listed as a link that puts the cursor in the due date.
        UUID saved = jdbc.queryForObject("select current_version_id from plan where child_id = ? and plan_type = 'CLA'",
                UUID.class, child);
        PlanDetail draft = plans.get(saved);
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.content().actions().getFirst().ownerName()).isEqualTo("Foster carer");
        assertThat(draft.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.actionIndex()).isZero();
            assertThat(gap.field()).isEqualTo("dueDate");
        });
        Button gapLink = $(Button.class, editor).withText("Action 1 has no due date").single();
        test(gapLink).click();
        // The child's views prompt suits their age.
        assertThat(editor.getElement().getTextRecursively()).contains("Write their own words")
                .doesNotContain("Choose the kind of plan");

        test($(Button.class, editor).withText("Submit for approval").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PlanView.class);
        assertThat(plans.get(saved).status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    @WithUserDetails("sw")
    void aSaveThatMeetsSomeoneElsesShowsBothAndOverwritesNothing() {
        UUID child = swChildWithout(PlanType.CP);
        PlanDetail draft = plans.create(child, new PlanInput(PlanType.CP, List.of(new PlanInput.Outcome("Safe at home")),
                List.of(), "Stay with nan", null, null, null, null, null));
        PlanEditorView editor = navigate("plans/" + draft.id() + "/edit", PlanEditorView.class);
        // tm changes the plan meanwhile
        runAs.user("tm", () -> plans.update(draft.id(), draft.version(), new PlanInput(null,
                List.of(new PlanInput.Outcome("Safe at home, and at school every day")), List.of(), "Stay with nan",
                null, null, null, null, null)));

        write("What happens if the plan does not work, or the child is not safe?", "Stay with her aunt");
        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Someone else changed this plan");
        assertThat(plans.get(draft.id()).content().contingency()).as("nothing overwritten").isEqualTo("Stay with nan");
        assertThat(plans.get(draft.id()).content().outcomes()).containsExactly("Safe at home, and at school every day");

        test($(Button.class, dialog).withText("Save mine over it").single()).click();
        assertThat(plans.get(draft.id()).content().contingency()).isEqualTo("Stay with her aunt");
    }

    @Test
    @WithUserDetails("tm")
    void theApprovalScreenKeepsApproveDisabledWithTheReasonsUntilTheGapsAreFilled() {
        UUID child = swChildWithout(PlanType.CP);
        String due = LocalDate.now().plusWeeks(2).toString();
        PlanDetail withGap = runAs.user("sw", () -> {
            PlanDetail created = plans.create(child, new PlanInput(PlanType.CP,
                    List.of(new PlanInput.Outcome("Safe at home")),
                    List.of(new PlanInput.Action("Visit at home weekly", "Sam", null, null, null, null, 0)),
                    "Stay with nan", "I want to stay home", null, null, null, null));
            return plans.submit(created.id(), created.version());
        });

        ApprovalView screen = navigate("plans/" + withGap.id() + "/approval", ApprovalView.class);
        Button approve = $(Button.class, screen).withText("Approve the plan").single();
        assertThat(approve.isEnabled()).isFalse();
        assertThat($(Button.class, screen).withText("Action 1 has no due date").single().isVisible()).isTrue();
        assertThat($(Button.class, screen).withText("Return to Sam Walker").single().isEnabled()).isTrue();

        PlanDetail fixed = runAs.user("sw", () -> {
            PlanDetail edited = plans.update(withGap.id(), withGap.version(), new PlanInput(null,
                    List.of(new PlanInput.Outcome("Safe at home")),
                    List.of(new PlanInput.Action("Visit at home weekly", "Sam", null, LocalDate.parse(due), null, null, 0)),
                    "Stay with nan", "I want to stay home", null, null, null, null));
            return plans.submit(edited.id(), edited.version());
        });
        screen = navigate("plans/" + fixed.id() + "/approval", ApprovalView.class);
        approve = $(Button.class, screen).withText("Approve the plan").single();
        assertThat(approve.isEnabled()).isTrue();
        test(approve).click();
        TextArea rationale = $(TextArea.class, screen).withCaption("Rationale for your decision").single();
        assertThat(rationale.isInvalid()).as("a decision needs its rationale").isTrue();
        test(rationale).setValue("Every action is owned and dated; the contingency is realistic.");
        test(approve).click();
        assertThat(getCurrentView()).isInstanceOf(ApprovalQueueView.class);
        PlanDetail approved = plans.get(fixed.id());
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.decisions().getFirst().decidedByName()).isEqualTo("Tessa Morgan");

        // The decision shows on the child's record.
        Component record = navigate("children/" + child, Component.class);
        assertThat(record.getElement().getTextRecursively())
                .contains("Approved by Tessa Morgan").contains("the contingency is realistic");
    }

    private void write(String label, String text) {
        test($(TextArea.class).withCaption(label).single()).setValue(text);
    }
}

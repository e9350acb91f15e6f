package org.waypoint.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import java.util.function.Consumer;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.StaleVersionException;
import org.waypoint.supervision.SupervisionPolicy;
import org.waypoint.supervision.SupervisionPolicyService;
import org.waypoint.supervision.TeamPolicy;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/** A head of service sets how often a team's workers are supervised and its children's cases discussed. */
class PolicyDialog extends Dialog {

    PolicyDialog(SupervisionPolicyService policies, TeamPolicy current, Consumer<TeamPolicy> onSaved) {
        setHeaderTitle("Supervision policy: " + current.teamName());
        setWidth("min(40rem, 95vw)");
        SupervisionPolicy p = current.policy();
        var practitioner = field("Practitioners: at least every (days)", p.practitionerIntervalDays(),
                "LGA standard: monthly (31 days)");
        var weekly = field("Newly qualified: weekly for (weeks)", p.newlyQualifiedWeeklyWeeks(), "LGA standard: 6 weeks");
        var fortnightly = field("Then fortnightly until (months)", p.newlyQualifiedFortnightlyMonths(),
                "LGA standard: 6 months; monthly after that to 12 months");
        var cases = field("Each child's case discussed at least every (days)", p.caseDiscussionIntervalDays(),
                "Default: 90 days");
        var errors = new FieldErrors(Map.of("practitionerIntervalDays", practitioner,
                "newlyQualifiedWeeklyWeeks", weekly, "newlyQualifiedFortnightlyMonths", fortnightly,
                "caseDiscussionIntervalDays", cases));
        var form = new FormLayout(practitioner, weekly, fortnightly, cases);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        var intro = new Paragraph("Due dates of the team's supervision records move to match, and compliance figures "
                + "are counted by this policy from now on.");
        intro.addClassName("muted");

        var save = new Button("Save policy", e -> {
            try {
                TeamPolicy saved = policies.update(current.teamId(), current.version(), new SupervisionPolicy(
                        value(practitioner), value(weekly), value(fortnightly), value(cases)));
                Notifications.saved("The supervision policy for " + current.teamName() + " is saved.");
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException problem) {
                errors.show(problem);
            } catch (StaleVersionException stale) {
                Notifications.problem("Someone else changed this policy while you were editing. Your values are "
                        + "still here: close, reopen to see theirs, and apply yours again.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, form);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static IntegerField field(String label, int value, String helper) {
        var field = new IntegerField(label);
        field.setValue(value);
        field.setHelperText(helper);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** An emptied field counts as 0, which the policy's limits refuse with a message. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}

package org.waypoint.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.supervision.CaseDiscussionEntry;
import org.waypoint.supervision.NewSupervision;

/** One child's case discussion in the editor: what was discussed, the decision and its reasons, and actions. */
class CaseDiscussionEditor extends Div {

    private final UUID childId;
    private final TextArea discussion = area("What was discussed",
            "Progress, risks and the child's views since the last discussion.");
    private final TextArea decision = area("Management decision", "What you have decided should happen next.");
    private final TextArea rationale = area("Why", "The reasons for the decision: this is recorded on the child's file.");
    private final ActionsEditor actions;

    CaseDiscussionEditor(UUID childId, String childName, String lastDiscussed, List<String> owners, Runnable onRemove) {
        this.childId = childId;
        addClassName("case-discussion");
        var remove = new Button("Remove", e -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove the discussion of " + childName);
        var last = new Span(lastDiscussed);
        last.addClassName("muted");
        var heading = new Div(new H4(childName), last);
        var header = new Div(heading, remove);
        header.addClassName("case-discussion-header");
        actions = new ActionsEditor(owners, "Add an action for " + childName);
        add(header, discussion, decision, rationale, actions);
    }

    static String lastDiscussedText(@Nullable LocalDate on) {
        return on == null ? "Not discussed in supervision before" : "Last discussed " + Dates.day(on);
    }

    UUID childId() {
        return childId;
    }

    void setValue(CaseDiscussionEntry entry) {
        discussion.setValue(entry.discussion());
        decision.setValue(entry.decision());
        rationale.setValue(entry.rationale());
        actions.setActions(entry.actions());
    }

    NewSupervision.Discussion value() {
        return new NewSupervision.Discussion(childId, discussion.getValue(), decision.getValue(), rationale.getValue(),
                actions.value());
    }

    void registerErrors(ErrorTargets targets, String section) {
        targets.put(section, null, "discussion", discussion);
        targets.put(section, null, "decision", decision);
        targets.put(section, null, "rationale", rationale);
        actions.registerErrors(targets, section);
    }

    void focus() {
        discussion.focus();
    }

    static TextArea area(String label, String helper) {
        var area = new TextArea(label);
        area.setHelperText(helper);
        area.setMaxLength(6000);
        area.setWidthFull();
        return area;
    }
}

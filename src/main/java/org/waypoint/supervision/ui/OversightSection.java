package org.waypoint.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.waypoint.children.ChildRecordSection;
import org.waypoint.children.ChildSummary;
import org.waypoint.common.Dates;
import org.waypoint.supervision.ManagementOversight;
import org.waypoint.supervision.SupervisionService;

/**
 * "Management oversight" on the child's record: each decision about the child made in supervision, with who made
 * it, when and why (seeds 000 and 004: decisions without a recorded rationale, and not on the child's file).
 */
@org.springframework.stereotype.Component
class OversightSection implements ChildRecordSection {

    private final SupervisionService supervision;

    OversightSection(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(ChildSummary child) {
        return new Panel(supervision.oversight(child.id()));
    }

    @StyleSheet("context://styles/supervision.css")
    static final class Panel extends Div {

        Panel(List<ManagementOversight> entries) {
            addClassName("record-section");
            add(new H3("Management oversight"));
            if (entries.isEmpty()) {
                var none = new Paragraph("No decisions about this child have been recorded in supervision yet.");
                none.addClassName("muted");
                add(none);
            }
            entries.forEach(entry -> add(entry(entry)));
        }

        private static Div entry(ManagementOversight entry) {
            var when = new Span(Dates.day(entry.heldOn()) + " · " + entry.decidedByName()
                    + ", in supervision with " + entry.workerName());
            when.addClassName("oversight-when");
            var decision = new Paragraph(entry.decision());
            decision.addClassNames("record-text", "oversight-decision");
            var block = new Div(when, RecordPanel.labelled("Decision", decision),
                    RecordPanel.part("Why", entry.rationale()),
                    RecordPanel.part("What was discussed", entry.discussion()));
            if (!entry.actions().isEmpty()) {
                block.add(RecordPanel.labelled("Actions", RecordPanel.actions(entry.actions())));
            }
            entry.addenda().forEach(a -> block.add(RecordPanel.addendum(a)));
            block.addClassName("oversight-entry");
            return block;
        }
    }
}

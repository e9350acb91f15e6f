package org.waypoint.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.supervision.AddendumEntry;
import org.waypoint.supervision.AgreedAction;
import org.waypoint.supervision.CaseDiscussionEntry;
import org.waypoint.supervision.SupervisionRecord;

/** A supervision record to read: what was discussed, actions, each child's decision, comments and addenda. */
class RecordPanel extends Div {

    RecordPanel(SupervisionRecord record) {
        setWidthFull();
        add(part("Reflective discussion", record.reflectiveDiscussion()),
                part("Wellbeing", record.wellbeing()),
                part("Workload and caseload", record.workload()));
        if (record.learningAndDevelopment() != null) {
            add(part("Learning and development", record.learningAndDevelopment()));
        }
        add(labelled("Agreed actions", record.actions().isEmpty() ? new Paragraph("None recorded.")
                : actions(record.actions())));

        add(new H3("Case discussions"));
        if (record.caseDiscussions().isEmpty()) {
            add(new Paragraph("No children's cases were discussed in this supervision."));
        }
        for (CaseDiscussionEntry discussion : record.caseDiscussions()) {
            var block = new Div(new H4(SupervisionNavigation.linkToChild(discussion.childName(), discussion.childId())),
                    part("What was discussed", discussion.discussion()),
                    part("Management decision", discussion.decision()),
                    part("Why", discussion.rationale()));
            if (!discussion.actions().isEmpty()) {
                block.add(labelled("Actions", actions(discussion.actions())));
            }
            addenda(record.addenda(), discussion.id()).forEach(block::add);
            block.addClassName("case-discussion");
            add(block);
        }

        add(new H3(record.superviseeName() + "'s comments"),
                new Paragraph(record.superviseeComments() == null ? "No comments." : record.superviseeComments()));
        List<Component> general = addenda(record.addenda(), null);
        if (!general.isEmpty()) {
            add(new H3("Addenda"));
            general.forEach(this::add);
        }
    }

    static Div part(String label, String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("record-text");
        return labelled(label, paragraph);
    }

    static Div labelled(String label, Component content) {
        var term = new Span(label);
        term.addClassName("record-part-label");
        var part = new Div(term, content);
        part.addClassName("record-part");
        return part;
    }

    static UnorderedList actions(List<AgreedAction> actions) {
        var list = new UnorderedList();
        list.addClassName("record-actions");
        actions.forEach(a -> list.add(new ListItem(a.description() + " — " + a.owner() + ", by " + Dates.day(a.dueDate()))));
        return list;
    }

    /** The addenda about one case discussion, or (for null) those about the whole record. */
    static List<Component> addenda(List<AddendumEntry> addenda, @Nullable UUID caseDiscussionId) {
        return addenda.stream()
                .filter(a -> Objects.equals(a.caseDiscussionId(), caseDiscussionId))
                .map(RecordPanel::addendum)
                .toList();
    }

    static Component addendum(AddendumEntry addendum) {
        var who = new Span("Addendum by " + addendum.writtenByName() + ", " + Dates.dayTime(addendum.writtenAt()));
        who.addClassName("record-part-label");
        var note = new Paragraph(addendum.note());
        note.addClassName("record-text");
        var box = new Div(who, note);
        box.addClassName("addendum");
        return box;
    }
}

package org.waypoint.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.waypoint.audit.AuditService;
import org.waypoint.audit.RecordViewer;
import org.waypoint.children.ChildRecordSection;
import org.waypoint.children.ChildSummary;
import org.waypoint.common.Dates;

/** "Who has looked at this record", at the foot of the child's record. */
@org.springframework.stereotype.Component
class RecordViewersSection implements ChildRecordSection {

    private final AuditService audit;

    RecordViewersSection(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Component create(ChildSummary child) {
        List<RecordViewer> viewers = audit.viewersOf(child.id());
        var list = new UnorderedList();
        viewers.forEach(v -> list.add(new ListItem(v.displayName() + " · " + (v.views() == 1 ? "once" : v.views() + " times")
                + " · last " + Dates.dayTime(v.lastViewed()))));
        var details = new Details("Who has looked at this record (" + viewers.size() + ")",
                viewers.isEmpty() ? new Paragraph("Nobody yet.") : list);
        details.addClassName("record-section");
        return details;
    }
}

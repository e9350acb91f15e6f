package org.waypoint.pathway.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.pathway.Matter;
import org.waypoint.pathway.PathwayDetail;
import org.waypoint.pathway.PathwaySection;
import org.waypoint.plans.PlanAction;

/** The whole plan, matter by matter, read-only: for the manager's review and the young person's printed copy. */
class PathwaySummary extends Div {

    PathwaySummary(PathwayDetail plan) {
        addClassName("pathway-summary");
        for (Matter matter : Matter.values()) {
            PathwaySection section = plan.content().section(matter);
            var block = new Div(new H3(matter.label()));
            block.addClassName("pathway-summary-matter");
            block.add(part("What you need", section.needs()));
            block.add(part("In your own words", section.youngPersonViews()));
            if (matter == Matter.ACCOMMODATION) {
                block.add(part("Is where you live right for you?", section.suitable() == null ? null
                        : section.suitable() ? "Yes" : "No"));
                block.add(part("Why", section.suitableReason()));
            }
            if (!section.actions().isEmpty()) {
                var list = new UnorderedList();
                list.addClassName("pathway-summary-actions");
                for (PlanAction action : section.actions()) {
                    list.add(new ListItem(action.description() + " — " + (action.ownerName() == null
                            ? "nobody named yet" : action.ownerName()) + ", by " + (action.dueDate() == null
                            ? "a date not set yet" : Dates.day(action.dueDate()))));
                }
                block.add(new Span("What will happen"), list);
            }
            add(block);
        }
    }

    private static Div part(String label, @Nullable String text) {
        var name = new Span(label);
        name.addClassName("pathway-label");
        var value = new Paragraph(text == null ? "Not written yet" : text);
        value.addClassName(text == null ? "muted" : "record-text");
        return new Div(name, value);
    }
}

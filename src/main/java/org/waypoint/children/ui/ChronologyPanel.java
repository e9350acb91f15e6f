package org.waypoint.children.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.waypoint.children.ChronologyEntry;
import org.waypoint.children.ChronologyService;
import org.waypoint.common.Dates;

/** The child's chronology on their record page: newest first, filterable by kind, printable. */
class ChronologyPanel extends Div {

    private final List<ChronologyEntry> entries;
    private final OrderedList list = new OrderedList();
    private final Paragraph empty = new Paragraph();

    ChronologyPanel(ChronologyService chronology, UUID childId) {
        this.entries = chronology.chronology(childId, Set.of());
        addClassNames("record-section", "chronology");
        setId("chronology");

        var print = new Button("Print the record", VaadinIcon.PRINT.create(), e -> {
            chronology.printed(childId);
            getElement().executeJs("window.print()");
        });
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new HorizontalLayout(new H3("Chronology"), print);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header);

        List<String> kinds = entries.stream().map(ChronologyEntry::kind).distinct().sorted().toList();
        if (kinds.size() > 1) {
            var filter = new CheckboxGroup<String>("Show");
            filter.setItems(kinds);
            filter.setValue(Set.copyOf(kinds));
            filter.addClassName("chronology-filter");
            filter.addValueChangeListener(e -> show(e.getValue()));
            add(filter);
        }
        list.addClassName("chronology-list");
        empty.addClassName("muted");
        add(empty, list);
        show(Set.copyOf(kinds));
    }

    private void show(Set<String> kinds) {
        list.removeAll();
        entries.stream().filter(e -> kinds.contains(e.kind())).forEach(e -> list.add(item(e)));
        empty.setText(entries.isEmpty() ? "Nothing has been recorded about this child yet."
                : "Nothing to show: choose at least one kind of entry above.");
        empty.setVisible(list.getChildren().findAny().isEmpty());
    }

    private static ListItem item(ChronologyEntry entry) {
        var when = new Span(entry.time() == null ? Dates.day(entry.day()) : Dates.dayTime(entry.time()));
        when.addClassName("chronology-when");
        var kind = new Span(entry.kind());
        kind.addClassNames("badge", "chronology-kind");
        var head = new Div(when, kind);
        head.addClassName("chronology-head");
        var item = new ListItem(head);
        item.addClassName("chronology-entry");
        if (entry.link() == null) {
            var title = new Span(entry.title());
            title.addClassName("chronology-title");
            item.add(title);
        } else {
            var title = new Anchor(entry.link(), entry.title());
            title.addClassName("chronology-title");
            item.add(title);
        }
        if (entry.detail() != null) {
            var detail = new Div(entry.detail());
            detail.addClassName("chronology-detail");
            item.add(detail);
        }
        if (entry.by() != null) {
            var by = new Div(entry.by());
            by.addClassNames("chronology-by", "muted");
            item.add(by);
        }
        return item;
    }
}

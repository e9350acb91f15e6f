package org.waypoint.children.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.waypoint.children.CaseloadEntry;
import org.waypoint.children.DueItem;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildStatusSource;
import org.waypoint.common.Dates;
import org.waypoint.security.Roles;

/** A practitioner's own open cases, what is due next first. */
@Route("caseload")
@PageTitle("My caseload")
@Menu(order = 10, title = "My caseload", icon = "vaadin:users")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER})
class CaseloadView extends VerticalLayout {

    CaseloadView(ChildService children, List<ChildStatusSource> statuses, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<CaseloadEntry> caseload = children.myCaseload();
        addClassName("page");

        var heading = new H2("My caseload");
        var count = new Paragraph(caseload.size() == 1 ? "1 open case" : caseload.size() + " open cases");
        count.addClassName("muted");

        var grid = new Grid<CaseloadEntry>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(e -> ChildrenNavigation.linkToChild(e.child().fullName(), e.child().id())))
                .setHeader("Name").setFlexGrow(2).setSortable(true)
                .setComparator(e -> e.child().familyName());
        grid.addColumn(e -> e.child().ageTextOn(today)).setHeader("Age").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(e -> category(e, statuses, today))).setHeader("Category")
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(e -> nextDue(e.nextDue(), today))).setHeader("Next due").setFlexGrow(2);
        grid.setItems(caseload);
        grid.addItemClickListener(e -> ChildrenNavigation.toChild(e.getItem().child().id()));

        add(heading, count, caseload.isEmpty() ? new Paragraph("No children are allocated to you.") : grid);
    }

    /** The category, and under it any status another feature gives the child (a care leaver's, say). */
    private static Div category(CaseloadEntry entry, List<ChildStatusSource> statuses, LocalDate today) {
        var cell = new Div(CategoryBadge.of(entry.child().category()));
        statuses.forEach(source -> source.status(entry.child(), today).ifPresent(status -> {
            var text = new Span(status);
            text.addClassNames("muted", "child-status");
            cell.add(new Div(text));
        }));
        return cell;
    }

    /** What is due next for a child, marked when overdue; also used by the team's and the children's lists. */
    static Div nextDue(@Nullable DueItem due, LocalDate today) {
        var cell = new Div();
        if (due == null) {
            cell.add(new Span("Nothing due"));
            cell.addClassName("muted");
            return cell;
        }
        var label = new Span(due.label() + " · " + Dates.day(due.due()));
        if (due.due().isBefore(today)) {
            if (!due.label().startsWith("Overdue")) {
                label.setText("Overdue: " + label.getText());
            }
            cell.addClassName("overdue");
        }
        cell.add(label);
        return cell;
    }
}

package org.waypoint.children.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.waypoint.children.DueItem;
import org.waypoint.children.HomeFigure;
import org.waypoint.children.MyDayService;
import org.waypoint.common.Dates;
import org.waypoint.security.Roles;

/**
 * The home screen of everyone who works with children: what is overdue, due today and due this week, each item one
 * tap from the screen where it is done; for managers, the headline figures of their teams above.
 */
@Route("my-day")
@PageTitle("My day")
@Menu(order = 5, title = "My day", icon = "vaadin:home")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
class MyDayView extends VerticalLayout {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final int WEEK = 7;

    MyDayView(MyDayService myDay, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        addClassNames("page", "my-day");
        var date = new Paragraph(WEEKDAY.format(today));
        date.addClassName("muted");
        add(new H2("My day"), date);

        List<HomeFigure> figures = myDay.figures();
        if (!figures.isEmpty()) {
            var cards = new Div();
            cards.addClassName("cards");
            figures.forEach(figure -> cards.add(card(figure)));
            add(new H3("Your teams today"), cards);
        }

        List<DueItem> items = myDay.myDay();
        section("Overdue", items, item -> item.overdueOn(today), today);
        section("Due today", items, item -> item.due().equals(today), today);
        section("Due in the next 7 days", items,
                item -> item.due().isAfter(today) && !item.due().isAfter(today.plusDays(WEEK)), today);
        section("Coming up later", items, item -> item.due().isAfter(today.plusDays(WEEK)), today);
        if (items.isEmpty()) {
            var none = new Paragraph(figures.isEmpty() ? "Nothing is due for you. New work will show here."
                    : "Nothing is waiting for you personally.");
            none.addClassName("muted");
            add(none);
        }
    }

    private void section(String title, List<DueItem> items, Predicate<DueItem> belongs, LocalDate today) {
        List<DueItem> these = items.stream().filter(belongs).toList();
        if (these.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("due-list");
        these.forEach(item -> list.add(new ListItem(row(item, today))));
        add(new H3(title + " (" + these.size() + ")"), list);
    }

    /** The whole row is the link, so it is a large target on a tablet. */
    private static Anchor row(DueItem item, LocalDate today) {
        var label = new Span(item.label());
        label.addClassName("due-label");
        var row = new Anchor(target(item), label);
        row.addClassName("due-item");
        if (item.overdueOn(today)) {
            row.addClassName("due-overdue");
        }
        if (item.about() != null) {
            var about = new Span(item.about());
            about.addClassName("due-about");
            row.add(about);
        }
        var when = new Span(item.overdueOn(today) ? "Was due " + Dates.day(item.due())
                : item.due().equals(today) ? "Due today" : "Due " + Dates.day(item.due()));
        when.addClassName("due-when");
        row.add(when);
        if (item.detail() != null) {
            var detail = new Span(item.detail());
            detail.addClassNames("due-detail", "muted");
            row.add(detail);
        }
        return row;
    }

    private static String target(DueItem item) {
        if (item.link() != null) {
            return item.link();
        }
        return item.childId() == null ? "my-day" : "children/" + item.childId();
    }

    private static Anchor card(HomeFigure figure) {
        var label = new Span(figure.label());
        label.addClassName("card-label");
        var value = new Span(figure.value());
        value.addClassName("card-value");
        var card = new Anchor(figure.link(), label, value);
        card.addClassNames("card", "card-link");
        if (figure.note() != null) {
            var note = new Span(figure.note());
            note.addClassName("card-trend");
            card.add(note);
        }
        return card;
    }
}

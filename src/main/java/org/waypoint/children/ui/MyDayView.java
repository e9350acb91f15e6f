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
import java.time.Instant;
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
import org.waypoint.ui.Help;

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
        Instant now = clock.instant();
        addClassNames("page", "my-day");
        var date = new Span(WEEKDAY.format(today));
        date.addClassName("muted");
        var intro = new Div(date, Help.button("my-day", "What is on My day"));
        intro.addClassName("page-intro");
        add(new H2("My day"), intro);

        // What to act on first; a manager's figures follow.
        List<DueItem> items = myDay.myDay();
        List<HomeFigure> figures = myDay.figures();
        section("Overdue", items, item -> item.overdueAt(now, today), now, today);
        section("Due today", items, item -> item.due().equals(today) && !item.overdueAt(now, today), now, today);
        section("Due in the next 7 days", items,
                item -> item.due().isAfter(today) && !item.due().isAfter(today.plusDays(WEEK)), now, today);
        section("Coming up later", items, item -> item.due().isAfter(today.plusDays(WEEK)), now, today);
        if (items.isEmpty()) {
            var none = new Paragraph(figures.isEmpty() ? "Nothing is due for you. New work will show here."
                    : "Nothing is waiting for you personally.");
            none.addClassName("muted");
            add(none);
        }
        if (!figures.isEmpty()) {
            var cards = new Div();
            cards.addClassName("cards");
            figures.forEach(figure -> cards.add(card(figure)));
            add(new H3("Your teams today"), cards);
        }
    }

    private void section(String title, List<DueItem> items, Predicate<DueItem> belongs, Instant now,
                         LocalDate today) {
        List<DueItem> these = items.stream().filter(belongs).toList();
        if (these.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("due-list");
        these.forEach(item -> list.add(new ListItem(row(item, item.overdueAt(now, today), today))));
        add(new H3(title + " (" + these.size() + ")"), list);
    }

    /** The whole row is the link, so it is a large target on a tablet. */
    private static Anchor row(DueItem item, boolean overdue, LocalDate today) {
        var label = new Span(item.label());
        label.addClassName("due-label");
        var row = new Anchor(target(item), label);
        row.addClassName("due-item");
        if (overdue) {
            row.addClassName("due-overdue");
        }
        // Always there, empty for an item about the user, so the columns line up.
        var about = new Span(item.about() == null ? "" : item.about());
        about.addClassName("due-about");
        row.add(about);
        var when = new Span(overdue ? "Since " + Dates.day(item.due())
                : item.due().equals(today) ? "Today" : "By " + Dates.day(item.due()));
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

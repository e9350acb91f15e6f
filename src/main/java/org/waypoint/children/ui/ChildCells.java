package org.waypoint.children.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.children.Category;
import org.waypoint.children.DueItem;
import org.waypoint.common.Dates;

/**
 * The cells that children's lists share (name as a link, category, what is due next), as templates the browser
 * fills in: a row costs the server no components, which keeps a signed-in session's heap small (docs/performance.md).
 */
final class ChildCells {

    private ChildCells() {
    }

    /** The child's name as a link to their record (the router handles it, so no page reload). */
    static <T> LitRenderer<T> name(ValueProvider<T, String> name, ValueProvider<T, UUID> id) {
        return LitRenderer.<T>of("<a router-link href=\"${item.href}\">${item.name}</a>")
                .withProperty("name", name)
                .withProperty("href", row -> ChildrenNavigation.childPath(id.apply(row)));
    }

    /** The category as a badge and, under it, any status another feature gives the child (a care leaver's, say). */
    static <T> LitRenderer<T> category(ValueProvider<T, Category> category,
                                       ValueProvider<T, String> status) {
        return LitRenderer.<T>of("""
                        <span class="badge badge-${item.tone}">${item.category}</span>\
                        <div class="muted child-status" ?hidden=${!item.status}>${item.status}</div>""")
                .withProperty("category", row -> category.apply(row).label())
                .withProperty("tone", row -> CategoryBadge.tone(category.apply(row)).name().toLowerCase())
                .withProperty("status", status);
    }

    /** What is due next for a child, marked when overdue. */
    static <T> LitRenderer<T> nextDue(ValueProvider<T, @Nullable DueItem> due, LocalDate today) {
        return LitRenderer.<T>of("<span class=\"${item.dueClass}\">${item.due}</span>")
                .withProperty("due", row -> dueText(due.apply(row), today))
                .withProperty("dueClass", row -> dueClass(due.apply(row), today));
    }

    private static String dueText(@Nullable DueItem due, LocalDate today) {
        if (due == null) {
            return "Nothing due";
        }
        // The day and its month stay together on a line in a narrow column (a no-break space).
        String text = due.label() + " · " + Dates.day(due.due()).replaceFirst(" ", "\u00a0");
        return due.due().isBefore(today) && !due.label().startsWith("Overdue") ? "Overdue: " + text : text;
    }

    private static String dueClass(@Nullable DueItem due, LocalDate today) {
        return due == null ? "muted" : due.due().isBefore(today) ? "overdue" : "";
    }
}

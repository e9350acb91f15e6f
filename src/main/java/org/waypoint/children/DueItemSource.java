package org.waypoint.children;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.waypoint.security.CurrentUser;

/**
 * Implemented by features that put dates on a child's case or on someone's work (plans, pathway plans, return
 * interviews, supervision), so caseload lists and the "My day" home screen show what is due without the children
 * feature knowing those features. A new source joins by being a Spring bean.
 */
public interface DueItemSource {

    /**
     * The items due for these children (which the caller may already see), whatever their date: every item, not
     * only the next. The caseload list shows each child's earliest; "My day" shows them all for the user's own
     * children.
     */
    List<DueItem> dueItems(Collection<UUID> childIds, LocalDate today);

    /**
     * What else waits for the signed-in user on their "My day" screen, beyond the items of the children allocated
     * to them (those come from {@link #dueItems}): their own supervision; for a team manager what waits for them
     * across their team (plans to approve, supervision to hold, return interviews due, children to allocate).
     * Sources decide by {@code user.role()}, stay within {@code scope} (computed in SQL with its condition) and
     * leave out children allocated to the user. Each item should link to where it is done.
     */
    default List<DueItem> forMe(CurrentUser user, CaseScope scope, LocalDate today) {
        return List.of();
    }
}

package org.waypoint.children;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by features that put dates on a child's case (plans, pathway plans, return interviews), so caseload
 * lists can show each child's next due item without the children feature knowing those features.
 */
public interface DueItemSource {

    /** The items due for these children (which the caller may already see), whatever their date. */
    List<DueItem> dueItems(Collection<UUID> childIds, LocalDate today);
}

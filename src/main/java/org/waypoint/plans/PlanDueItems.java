package org.waypoint.plans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waypoint.children.DueItem;
import org.waypoint.children.DueItemSource;

/** Puts each current plan's next review on caseload lists; an overdue one shows as overdue by its date. */
@Component
class PlanDueItems implements DueItemSource {

    private final PlanQueries queries;

    PlanDueItems(PlanQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<DueItem> dueItems(Collection<UUID> childIds, LocalDate today) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return queries.reviewsDue(childIds).stream()
                .map(r -> new DueItem(r.childId(), (r.due().isBefore(today) ? "Overdue: " : "")
                        + r.type().label() + " review", r.due()))
                .toList();
    }
}

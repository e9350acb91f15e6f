package org.waypoint.pathway;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waypoint.children.DueItem;
import org.waypoint.children.DueItemSource;

/** Puts each pathway plan's next review on caseload lists (the PA's and the team manager's); overdue says so. */
@Component
class PathwayDueItems implements DueItemSource {

    private final PathwayQueries queries;

    PathwayDueItems(PathwayQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<DueItem> dueItems(Collection<UUID> childIds, LocalDate today) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return queries.reviewsDue(childIds).stream()
                .map(r -> new DueItem(r.childId(), (r.due().isBefore(today) ? "Overdue: " : "")
                        + "Pathway plan review", r.due()))
                .toList();
    }
}

package org.waypoint.missing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waypoint.children.DueItem;
import org.waypoint.children.DueItemSource;
import org.waypoint.common.Dates;

/** Puts "return interview due, hours left" and "missing now" on caseload lists. */
@Component
class MissingDueItems implements DueItemSource {

    private final MissingQueries queries;
    private final Clock clock;

    MissingDueItems(MissingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public List<DueItem> dueItems(Collection<UUID> childIds, LocalDate today) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        var rule = new ReturnInterviewDeadline(clock);
        return queries.dueFor(childIds).stream().map(row -> {
            if (row.returnedAt() == null) {
                // Dated the day they went missing, so a missing child sorts before what is due later.
                return new DueItem(row.childId(), "Missing now",
                        row.missingFrom().atZone(Dates.ZONE).toLocalDate());
            }
            var deadline = rule.deadline(row.returnedAt());
            return new DueItem(row.childId(), "Return interview: " + deadline.describe().toLowerCase(),
                    deadline.dueBy().atZone(Dates.ZONE).toLocalDate());
        }).toList();
    }
}

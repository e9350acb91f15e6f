package org.waypoint.missing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waypoint.children.CaseScope;
import org.waypoint.children.DueItem;
import org.waypoint.children.DueItemSource;
import org.waypoint.common.Dates;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/**
 * Puts "return interview due, hours left" and "missing now" on caseload lists and on "My day": a worker's for their
 * own children, a team manager's for the rest of the team too.
 */
@Component
class MissingDueItems implements DueItemSource {

    /** More than a team's worth: "My day" is not where a whole service's backlog is read. */
    private static final int MOST = 200;

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
        return queries.dueFor(childIds).stream()
                .map(row -> row.returnedAt() == null ? missingNow(row.childId(), null, null, row.missingFrom())
                        : interviewDue(rule, row, null, null))
                .toList();
    }

    @Override
    public List<DueItem> forMe(CurrentUser user, CaseScope scope, LocalDate today) {
        if (user.role() != Role.TEAM_MANAGER) {
            return List.of();
        }
        var rule = new ReturnInterviewDeadline(clock);
        List<DueItem> items = new ArrayList<>();
        queries.missingNow(scope).stream()
                .filter(m -> !isMine(user, m.workerId()))
                .forEach(m -> items.add(missingNow(m.childId(), m.childName(), holder(m.workerName()), m.missingFrom())));
        queries.due(scope, 0, MOST).stream()
                .filter(row -> !isMine(user, row.workerId()))
                .forEach(row -> items.add(interviewDue(rule, row, row.childName(), holder(row.workerName()))));
        return items;
    }

    private static boolean isMine(CurrentUser user, @Nullable Long workerId) {
        return workerId != null && workerId == user.staffId();
    }

    private static String holder(@Nullable String workerName) {
        return workerName == null ? "Not allocated to a worker" : "Allocated to " + workerName;
    }

    /** Dated the day they went missing, so a missing child sorts before what is due later. */
    private static DueItem missingNow(UUID childId, @Nullable String childName, @Nullable String detail,
                                      Instant missingFrom) {
        return new DueItem(childId, "Missing now", missingFrom.atZone(Dates.ZONE).toLocalDate(), childName,
                detail == null ? "Missing since " + Dates.dayTime(missingFrom) : detail, null);
    }

    private static DueItem interviewDue(ReturnInterviewDeadline rule, MissingQueries.DueRow row,
                                        @Nullable String childName, @Nullable String detail) {
        var deadline = rule.deadline(row.returnedAt());
        return new DueItem(row.childId(), "Return interview: " + deadline.describe().toLowerCase(),
                deadline.dueBy().atZone(Dates.ZONE).toLocalDate(), childName,
                detail == null ? "Came back " + Dates.dayTime(row.returnedAt()) : detail,
                "missing/episodes/" + row.episodeId() + "/interview");
    }
}

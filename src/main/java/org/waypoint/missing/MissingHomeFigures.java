package org.waypoint.missing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waypoint.children.ChildAccess;
import org.waypoint.children.HomeFigure;
import org.waypoint.children.HomeFigureSource;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/** Children missing now and return interviews due (and past 72 hours) on a manager's home screen. */
@Component
class MissingHomeFigures implements HomeFigureSource {

    private final MissingQueries queries;
    private final ChildAccess access;
    private final Clock clock;

    MissingHomeFigures(MissingQueries queries, ChildAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<HomeFigure> figures(CurrentUser user, LocalDate today) {
        if (user.role() != Role.TEAM_MANAGER && user.role() != Role.HEAD_OF_SERVICE) {
            return List.of();
        }
        var counts = queries.openCounts(access.scope(), clock.instant().minus(ReturnInterviewDeadline.LIMIT));
        return List.of(
                new HomeFigure(30, "Children missing now", Long.toString(counts.missingNow()), null, "missing"),
                new HomeFigure(31, "Return interviews to hold", Long.toString(counts.interviewsDue()),
                        counts.interviewsOverdue() + " past the 72 hours", "missing"));
    }
}

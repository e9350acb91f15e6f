package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waypoint.children.CaseScope;
import org.waypoint.children.DueItem;
import org.waypoint.children.DueItemSource;
import org.waypoint.common.Dates;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/**
 * Supervision on "My day": a practitioner's or team manager's own next supervision when it is near or overdue, and
 * for a team manager each worker of the team whose supervision is, one tap from recording it.
 */
@Component
class SupervisionDueItems implements DueItemSource {

    /** How far ahead a supervision shows as coming up. */
    static final int DAYS_AHEAD = 7;

    private final SupervisionService supervision;

    SupervisionDueItems(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Override
    public List<DueItem> dueItems(Collection<UUID> childIds, LocalDate today) {
        return List.of();
    }

    @Override
    public List<DueItem> forMe(CurrentUser user, CaseScope scope, LocalDate today) {
        if (user.role() == Role.HEAD_OF_SERVICE || user.role() == Role.ADMIN) {
            return List.of();
        }
        List<DueItem> items = new ArrayList<>();
        WorkerSupervisionStatus me = supervision.myStatus();
        if (near(me, today)) {
            items.add(new DueItem(null, "Your supervision", due(me, today), null, lastTime(me), "my-supervision"));
        }
        if (user.role() == Role.TEAM_MANAGER && user.teamId() != null) {
            supervision.teamSupervision(user.teamId()).workers().stream()
                    .filter(worker -> worker.role() != Role.TEAM_MANAGER && near(worker, today))
                    .forEach(worker -> items.add(new DueItem(null, "Supervision due", due(worker, today),
                            worker.name(), lastTime(worker) + (worker.childrenOverdue() == 0 ? ""
                                    : "; " + worker.childrenOverdue() + (worker.childrenOverdue() == 1
                                    ? " child's case" : " children's cases") + " not discussed in time"),
                            "supervision/new/" + worker.staffId())));
        }
        return items;
    }

    private static boolean near(WorkerSupervisionStatus worker, LocalDate today) {
        return worker.nextDueOn() == null || !worker.nextDueOn().isAfter(today.plusDays(DAYS_AHEAD));
    }

    /** Never supervised: due now. */
    private static LocalDate due(WorkerSupervisionStatus worker, LocalDate today) {
        return worker.nextDueOn() == null ? today : worker.nextDueOn();
    }

    private static String lastTime(WorkerSupervisionStatus worker) {
        return worker.lastSupervisedOn() == null ? "No supervision recorded yet"
                : "Last supervised " + Dates.day(worker.lastSupervisedOn());
    }
}

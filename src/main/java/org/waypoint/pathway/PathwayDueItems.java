package org.waypoint.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waypoint.children.CaseScope;
import org.waypoint.children.DueItem;
import org.waypoint.children.DueItemSource;
import org.waypoint.plans.PlanWorkflow;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

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

    /** A team manager's pathway plans to approve (not their own); for anyone, the plans returned to them. */
    @Override
    public List<DueItem> forMe(CurrentUser user, CaseScope scope, LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        if (user.role() == Role.TEAM_MANAGER) {
            queries.submitted(scope, today).stream()
                    .filter(p -> PlanWorkflow.mayDecide(user.staffId(), p.authorId(), p.lastEditedById()))
                    .forEach(p -> items.add(new DueItem(p.childId(), "Pathway plan waiting for your approval", today,
                            p.childName(), p.workerName().isEmpty() ? null : "Personal adviser: " + p.workerName(),
                            "pathway-plans/" + p.id() + "/review")));
        }
        queries.returnedTo(user.staffId(), scope, today).forEach(p -> items.add(new DueItem(p.childId(),
                "Pathway plan returned to you: change it and send it again", today, p.childName(), null,
                "pathway/" + p.childId())));
        return items;
    }
}

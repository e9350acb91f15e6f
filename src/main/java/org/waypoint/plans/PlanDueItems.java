package org.waypoint.plans;

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

    /**
     * A team manager's plans waiting for approval (not those they wrote or last edited, which they may not
     * approve), and for anyone their returned plans to fix and the plan actions they own that are past due.
     */
    @Override
    public List<DueItem> forMe(CurrentUser user, CaseScope scope, LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        if (user.role() == Role.TEAM_MANAGER) {
            queries.submitted(scope.teamIds()).stream()
                    .filter(p -> PlanWorkflow.mayDecide(user.staffId(), p.authorId(), p.lastEditedBy()))
                    .forEach(p -> items.add(new DueItem(p.childId(), p.type().label() + " waiting for your approval",
                            p.submittedAt().atZone(Dates.ZONE).toLocalDate(), p.childName(),
                            "Sent by " + p.authorName(), "plans/" + p.versionId() + "/approval")));
        }
        for (PlanQueries.Mine mine : queries.waitingFor(user.staffId(), scope, today)) {
            boolean returned = mine.what().equals("RETURNED");
            items.add(new DueItem(mine.childId(),
                    returned ? mine.type().label() + " returned to you: change it and send it again"
                            : "Your action is past its date: " + mine.what(),
                    mine.day(), mine.childName(), mine.type().label(),
                    "plans/" + mine.versionId() + (returned ? "/edit" : "")));
        }
        return items;
    }
}

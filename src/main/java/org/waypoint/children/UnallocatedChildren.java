package org.waypoint.children;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/**
 * Puts each open child of a team manager's team whom no worker holds on the manager's "My day", dated the day they
 * became unallocated: a child without a worker is overdue for one from the next day.
 */
@Component
class UnallocatedChildren implements DueItemSource {

    private final JdbcClient jdbc;

    UnallocatedChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DueItem> dueItems(Collection<UUID> childIds, LocalDate today) {
        return List.of();
    }

    @Override
    public List<DueItem> forMe(CurrentUser user, CaseScope scope, LocalDate today) {
        if (user.role() != Role.TEAM_MANAGER) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.id, c.given_name || ' ' || c.family_name as name, t.name as team_name,
                               coalesce(max(a.valid_from), c.opened_on) as since
                        from child c
                        join team t on t.id = c.team_id
                        left join child_allocation a on a.child_id = c.id and a.valid_to is null
                        where c.closed_on is null and c.allocated_worker_id is null and c.team_id in (:teamIds)
                        group by c.id, c.given_name, c.family_name, t.name, c.opened_on""")
                .param("teamIds", scope.teamIdsForQuery())
                .query((rs, n) -> new DueItem(rs.getObject("id", UUID.class), "Allocate a worker",
                        rs.getObject("since", LocalDate.class), rs.getString("name"),
                        "Not allocated to a worker in " + rs.getString("team_name"), null))
                .list();
    }
}

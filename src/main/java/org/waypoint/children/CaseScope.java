package org.waypoint.children;

import java.util.Set;

/**
 * The children a user may see, as a query condition: those allocated to {@code staffId}, and every child of the
 * teams in {@code teamIds} (a manager's team, a head of service's teams). Feature queries filter with
 * {@code (allocated_worker_id = :staffId or team_id in (:teamIds))}.
 */
public record CaseScope(long staffId, Set<Long> teamIds) {

    /** Never empty, so an SQL {@code in (...)} stays valid; -1 matches no team. */
    public Set<Long> teamIdsForQuery() {
        return teamIds.isEmpty() ? Set.of(-1L) : teamIds;
    }

    public boolean covers(ChildPlacement child) {
        return (child.allocatedWorkerId() != null && child.allocatedWorkerId() == staffId)
                || teamIds.contains(child.teamId());
    }
}

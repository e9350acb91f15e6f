package org.waypoint.children;

import java.util.Set;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/**
 * Who may see and manage a child's case. The whole rule is here, without framework, so it can be read in one place
 * and tested exhaustively:
 * <ul>
 *   <li>a social worker or personal adviser sees the children allocated to them;</li>
 *   <li>a team manager sees their team's children (allocated or not) and any allocated to them;</li>
 *   <li>a head of service sees the children of the teams in their service areas;</li>
 *   <li>an administrator sees no case records;</li>
 *   <li>managing (allocating, approving) belongs to the team manager of the child's team or a head of service over
 *   it, never to the practitioner.</li>
 * </ul>
 */
public final class CaseAccessPolicy {

    private CaseAccessPolicy() {
    }

    /**
     * @param overseenTeams the teams the user oversees: their own team for a manager, the teams of their service
     *                      areas for a head of service, none for anyone else
     */
    public static CaseScope scope(CurrentUser user, Set<Long> overseenTeams) {
        if (user.role() == Role.ADMIN) {
            return new CaseScope(-1, Set.of());
        }
        boolean oversees = user.role() == Role.TEAM_MANAGER || user.role() == Role.HEAD_OF_SERVICE;
        return new CaseScope(user.staffId(), oversees ? Set.copyOf(overseenTeams) : Set.of());
    }

    public static boolean mayRead(CurrentUser user, Set<Long> overseenTeams, ChildPlacement child) {
        return scope(user, overseenTeams).covers(child);
    }

    public static boolean mayManage(CurrentUser user, Set<Long> overseenTeams, ChildPlacement child) {
        return (user.role() == Role.TEAM_MANAGER || user.role() == Role.HEAD_OF_SERVICE)
                && overseenTeams.contains(child.teamId());
    }
}

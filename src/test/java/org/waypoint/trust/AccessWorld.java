package org.waypoint.trust;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.waypoint.TestCouncil;
import org.waypoint.children.Category;
import org.waypoint.security.Role;

/**
 * The fixture the access matrix runs against: service area A with teams A1 (a social worker, a personal adviser, a
 * colleague and their manager) and A2, service area B with team B1, a head of service over A, and one child for
 * each relation a caller can have to a record.
 */
record AccessWorld(Map<Caller, String> usernames, Map<String, UUID> children, Map<String, Long> staff) {

    enum Caller { SOCIAL_WORKER, PERSONAL_ADVISER, TEAM_MANAGER, HEAD_OF_SERVICE, ADMIN, ANONYMOUS }

    /** How the record used in a row relates to the caller. */
    enum Relation {
        /** Allocated to the caller (for a head of service or administrator: the social worker's own child). */
        OWN,
        /** In the caller's team, allocated to a colleague. */
        SAME_TEAM,
        /** In another team of the same service area. */
        OTHER_TEAM,
        /** In another service area. */
        OTHER_SERVICE_AREA,
        /** The row names no record. */
        NONE
    }

    static AccessWorld build(TestCouncil council) {
        TestCouncil.Unit a1 = council.unit();
        TestCouncil.Unit a2 = council.teamIn(a1.serviceAreaId());
        TestCouncil.Unit b1 = council.unit();
        String pa = a1.prefix() + "-pa";
        long paId = council.staffMember(pa, Role.PERSONAL_ADVISER, a1.teamId());
        String hos = a1.prefix() + "-hos";
        council.headOfService(hos, Set.of(a1.serviceAreaId()));
        LocalDate nine = LocalDate.now().minusYears(9);
        Map<String, UUID> children = Map.of(
                "sw", council.child(a1.teamId(), a1.workerId(), Category.CIN, nine),
                "pa", council.child(a1.teamId(), paId, Category.CARE_LEAVER, LocalDate.now().minusYears(19)),
                "tm", council.child(a1.teamId(), a1.managerId(), Category.CIN, nine),
                "sameTeam", council.child(a1.teamId(), a1.otherWorkerId(), Category.CP, nine),
                "otherTeam", council.child(a2.teamId(), a2.workerId(), Category.CLA, nine),
                "otherArea", council.child(b1.teamId(), b1.workerId(), Category.CIN, nine));
        Map<String, Long> staff = Map.of("sw", a1.workerId(), "pa", paId, "tm", a1.managerId(),
                "sameTeam", a1.otherWorkerId(), "otherTeam", a2.workerId(), "otherArea", b1.workerId(),
                "team", a1.teamId(), "otherTeamId", a2.teamId());
        Map<Caller, String> usernames = Map.of(Caller.SOCIAL_WORKER, a1.worker(), Caller.PERSONAL_ADVISER, pa,
                Caller.TEAM_MANAGER, a1.manager(), Caller.HEAD_OF_SERVICE, hos,
                Caller.ADMIN, council.administrator());
        return new AccessWorld(usernames, children, staff);
    }

    /** The key of the child a row uses for this caller and relation. */
    static String childKey(Caller caller, Relation relation) {
        return switch (relation) {
            case OWN -> switch (caller) {
                case PERSONAL_ADVISER -> "pa";
                case TEAM_MANAGER -> "tm";
                default -> "sw";
            };
            case SAME_TEAM -> "sameTeam";
            case OTHER_TEAM -> "otherTeam";
            case OTHER_SERVICE_AREA, NONE -> "otherArea";
        };
    }
}

package org.waypoint.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/**
 * Every role against every relation a child can have to them. Team 1 and 2 are in service area 10, team 3 in
 * area 20; the user (staff 5) is in team 1 unless a head of service or administrator.
 */
class CaseAccessPolicyTest {

    private static final long ME = 5;
    private static final long COLLEAGUE = 6;

    enum Relation {
        ALLOCATED_TO_ME(1, ME),
        MY_TEAM_COLLEAGUES(1, COLLEAGUE),
        MY_TEAM_UNALLOCATED(1, null),
        OTHER_TEAM_SAME_AREA(2, COLLEAGUE),
        OTHER_AREA(3, COLLEAGUE),
        ALLOCATED_TO_ME_IN_OTHER_AREA(3, ME);

        final long teamId;
        final Long workerId;

        Relation(long teamId, Long workerId) {
            this.teamId = teamId;
            this.workerId = workerId;
        }

        ChildPlacement child() {
            return new ChildPlacement(UUID.randomUUID(), teamId, workerId, true);
        }
    }

    static Stream<Arguments> expectations() {
        return Stream.of(
                // role, relation, may read, may manage
                Arguments.of(Role.SOCIAL_WORKER, Relation.ALLOCATED_TO_ME, true, false),
                Arguments.of(Role.SOCIAL_WORKER, Relation.MY_TEAM_COLLEAGUES, false, false),
                Arguments.of(Role.SOCIAL_WORKER, Relation.MY_TEAM_UNALLOCATED, false, false),
                Arguments.of(Role.SOCIAL_WORKER, Relation.OTHER_TEAM_SAME_AREA, false, false),
                Arguments.of(Role.SOCIAL_WORKER, Relation.OTHER_AREA, false, false),
                Arguments.of(Role.SOCIAL_WORKER, Relation.ALLOCATED_TO_ME_IN_OTHER_AREA, true, false),
                Arguments.of(Role.PERSONAL_ADVISER, Relation.ALLOCATED_TO_ME, true, false),
                Arguments.of(Role.PERSONAL_ADVISER, Relation.MY_TEAM_COLLEAGUES, false, false),
                Arguments.of(Role.PERSONAL_ADVISER, Relation.MY_TEAM_UNALLOCATED, false, false),
                Arguments.of(Role.PERSONAL_ADVISER, Relation.OTHER_TEAM_SAME_AREA, false, false),
                Arguments.of(Role.PERSONAL_ADVISER, Relation.OTHER_AREA, false, false),
                Arguments.of(Role.PERSONAL_ADVISER, Relation.ALLOCATED_TO_ME_IN_OTHER_AREA, true, false),
                Arguments.of(Role.TEAM_MANAGER, Relation.ALLOCATED_TO_ME, true, true),
                Arguments.of(Role.TEAM_MANAGER, Relation.MY_TEAM_COLLEAGUES, true, true),
                Arguments.of(Role.TEAM_MANAGER, Relation.MY_TEAM_UNALLOCATED, true, true),
                Arguments.of(Role.TEAM_MANAGER, Relation.OTHER_TEAM_SAME_AREA, false, false),
                Arguments.of(Role.TEAM_MANAGER, Relation.OTHER_AREA, false, false),
                Arguments.of(Role.TEAM_MANAGER, Relation.ALLOCATED_TO_ME_IN_OTHER_AREA, true, false),
                Arguments.of(Role.HEAD_OF_SERVICE, Relation.ALLOCATED_TO_ME, true, true),
                Arguments.of(Role.HEAD_OF_SERVICE, Relation.MY_TEAM_COLLEAGUES, true, true),
                Arguments.of(Role.HEAD_OF_SERVICE, Relation.MY_TEAM_UNALLOCATED, true, true),
                Arguments.of(Role.HEAD_OF_SERVICE, Relation.OTHER_TEAM_SAME_AREA, true, true),
                Arguments.of(Role.HEAD_OF_SERVICE, Relation.OTHER_AREA, false, false),
                Arguments.of(Role.HEAD_OF_SERVICE, Relation.ALLOCATED_TO_ME_IN_OTHER_AREA, true, false),
                Arguments.of(Role.ADMIN, Relation.ALLOCATED_TO_ME, false, false),
                Arguments.of(Role.ADMIN, Relation.MY_TEAM_COLLEAGUES, false, false),
                Arguments.of(Role.ADMIN, Relation.MY_TEAM_UNALLOCATED, false, false),
                Arguments.of(Role.ADMIN, Relation.OTHER_TEAM_SAME_AREA, false, false),
                Arguments.of(Role.ADMIN, Relation.OTHER_AREA, false, false),
                Arguments.of(Role.ADMIN, Relation.ALLOCATED_TO_ME_IN_OTHER_AREA, false, false));
    }

    @ParameterizedTest(name = "{0} / {1}: read {2}, manage {3}")
    @MethodSource("expectations")
    void decidesReadAndManage(Role role, Relation relation, boolean read, boolean manage) {
        CurrentUser user = switch (role) {
            case HEAD_OF_SERVICE -> new CurrentUser(ME, "me", "Me", role, null, Set.of(10L));
            case ADMIN -> new CurrentUser(ME, "me", "Me", role, null, Set.of());
            default -> new CurrentUser(ME, "me", "Me", role, 1L, Set.of());
        };
        // What the organisation says each role oversees: a manager their team, a head of service area 10's teams.
        Set<Long> overseen = switch (role) {
            case TEAM_MANAGER -> Set.of(1L);
            case HEAD_OF_SERVICE -> Set.of(1L, 2L);
            default -> Set.of();
        };
        ChildPlacement child = relation.child();
        assertThat(CaseAccessPolicy.mayRead(user, overseen, child)).as("may read").isEqualTo(read);
        assertThat(CaseAccessPolicy.mayManage(user, overseen, child)).as("may manage").isEqualTo(manage);
        assertThat(CaseAccessPolicy.scope(user, overseen).covers(child)).as("list scope agrees").isEqualTo(read);
    }

    static Stream<Arguments> practitionersAndAdministrators() {
        return expectations().filter(a -> a.get()[0] != Role.TEAM_MANAGER && a.get()[0] != Role.HEAD_OF_SERVICE);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("practitionersAndAdministrators")
    void teamsPassedInDoNotWidenAPractitionersOrAdministratorsAccess(Role role, Relation relation, boolean read,
                                                                    boolean manage) {
        var user = new CurrentUser(ME, "me", "Me", role, 1L, Set.of(10L));
        ChildPlacement child = relation.child();
        assertThat(CaseAccessPolicy.mayRead(user, Set.of(1L, 2L, 3L), child)).isEqualTo(read);
        assertThat(CaseAccessPolicy.mayManage(user, Set.of(1L, 2L, 3L), child)).isFalse();
    }
}

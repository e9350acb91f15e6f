package org.waypoint.demo;

import static org.waypoint.children.Category.CARE_LEAVER;
import static org.waypoint.children.Category.CIN;
import static org.waypoint.children.Category.CLA;
import static org.waypoint.children.Category.CP;

import java.util.List;
import java.util.Map;
import org.waypoint.demo.CouncilShape.Area;
import org.waypoint.demo.CouncilShape.Person;
import org.waypoint.demo.CouncilShape.TeamShape;

/**
 * The demo council: the six service areas of seed 003, with the fixed accounts the README lists. Teams hold
 * caseloads in the ranges that report gives (roughly 15-25 per worker), a few children are waiting for
 * allocation and the disability team's manager holds cases, as seed 004 found.
 */
final class DemoCouncil {

    static final Person ADMIN = new Person("admin", "Ada Okonkwo");
    static final Person HEAD_OF_SERVICE = new Person("hos", "Helen Ashworth");

    private DemoCouncil() {
    }

    static CouncilShape shape() {
        return new CouncilShape(List.of(
                new Area("Initial Response Service", List.of(
                        team("Initial Response Team A", 5, 15, 3, Map.of(CIN, 70, CP, 30), 0, 17),
                        team("Initial Response Team B", 5, 14, 2, Map.of(CIN, 70, CP, 30), 0, 17))),
                new Area("Children's Social Work Service", List.of(
                        new TeamShape("Social Work North", 18, 6, false, 15, 2, 0, Map.of(CIN, 40, CP, 35, CLA, 25),
                                0, 17, new Person("tm", "Tessa Morgan"), List.of(new Person("sw", "Sam Walker"))),
                        team("Social Work South", 5, 16, 1, Map.of(CIN, 40, CP, 35, CLA, 25), 0, 17),
                        team("Social Work West", 5, 17, 1, Map.of(CIN, 40, CP, 35, CLA, 25), 0, 17))),
                new Area("Children's Disability Service", List.of(
                        new TeamShape("Disability Team", 20, 5, false, 19, 2, 4, Map.of(CIN, 75, CLA, 25), 2, 17,
                                null, List.of()))),
                new Area("Permanence Service", List.of(
                        team("Permanence Team", 5, 14, 0, Map.of(CLA, 100), 1, 17))),
                new Area("Care Leavers Service", List.of(
                        new TeamShape("Care Leavers 16+ Team", 25, 5, true, 18, 1, 0, Map.of(CARE_LEAVER, 85, CLA, 15),
                                16, 17, new Person("tm2", "Marcus Bell"), List.of(new Person("pa", "Priya Anand"))))),
                new Area("Fostering Service", List.of(
                        team("Fostering Team", 4, 15, 0, Map.of(CLA, 100), 0, 17)))));
    }

    private static TeamShape team(String name, int practitioners, int meanCaseload, int unallocated,
                                  Map<org.waypoint.children.Category, Integer> weights, int minAge, int maxAge) {
        return new TeamShape(name, 18, practitioners, false, meanCaseload, unallocated, 0, weights, minAge, maxAge,
                null, List.of());
    }
}

package org.waypoint.demo;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.waypoint.children.Category;

/**
 * The outline of a council to generate: service areas, their teams, and for each team how many practitioners,
 * roughly how many cases each holds, and the mix of categories and ages of its children.
 *
 * @param closedPerThousandOpen closed cases generated per thousand open ones a team's practitioners hold
 */
record CouncilShape(List<Area> areas, int closedPerThousandOpen) {

    /** The demo council's proportion: about one closed case for every eight open. */
    CouncilShape(List<Area> areas) {
        this(areas, 125);
    }

    record Area(String name, List<TeamShape> teams) {
    }

    /**
     * @param manager fixed username and name of the team manager, or null to generate one
     * @param fixedWorkers fixed usernames and names of practitioners (demo accounts), generated ones fill the rest
     */
    record TeamShape(String name, int safeCaseload, int practitioners, boolean personalAdvisers, int meanCaseload,
                     int unallocated, int heldByManager, Map<Category, Integer> categoryWeights, int minAge,
                     int maxAge, @Nullable Person manager, List<Person> fixedWorkers) {
    }

    record Person(String username, String displayName) {
    }
}

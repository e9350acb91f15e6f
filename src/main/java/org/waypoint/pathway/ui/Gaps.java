package org.waypoint.pathway.ui;

import org.waypoint.common.FieldProblem;
import org.waypoint.pathway.Matter;

/** A gap or warning in plain words, with the matter's plain name in front ("Money: Action 2 has no due date"). */
final class Gaps {

    private Gaps() {
    }

    static String text(FieldProblem problem) {
        if (problem.section() == null) {
            return problem.message();
        }
        String label = Matter.valueOf(problem.section()).label();
        return problem.message().startsWith(label) ? problem.message() : label + ": " + problem.message();
    }
}

package org.waypoint.common;

import java.util.List;

/** Input the rules refuse; each problem names its field. Becomes 422 with an {@code errors} list. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.getFirst().field() + ": " + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(FieldProblem.of(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

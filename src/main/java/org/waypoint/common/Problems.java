package org.waypoint.common;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects every problem with an input before refusing it, so the user sees all of them at once. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public Problems require(boolean condition, String field, String message) {
        if (!condition) {
            found.add(FieldProblem.of(field, message));
        }
        return this;
    }

    /** Text that must be there, within a length, and be text (see {@link Text}). */
    public Problems requireText(@Nullable String value, String field, String label, int maxLength) {
        if (value == null || Text.isBlank(value)) {
            found.add(FieldProblem.of(field, label + " is required"));
        } else {
            maxLength(value, field, label, maxLength);
        }
        return this;
    }

    /** Optional text: when given, within a length and text (see {@link Text}). */
    public Problems maxLength(@Nullable String value, String field, String label, int maxLength) {
        if (value == null) {
            return this;
        }
        if (value.length() > maxLength) {
            found.add(FieldProblem.of(field, label + " must be at most " + maxLength + " characters"));
        } else {
            Text.problemWith(value).ifPresent(problem -> found.add(FieldProblem.of(field, label + " " + problem)));
        }
        return this;
    }

    public Problems add(FieldProblem problem) {
        found.add(problem);
        return this;
    }

    public List<FieldProblem> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}

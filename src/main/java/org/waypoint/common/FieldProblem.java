package org.waypoint.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with one field. {@code field} is the name the client sent (e.g. {@code dueDate}); where the
 * field sits inside a list, {@code actionIndex} (0-based) and {@code section} say which entry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(@Nullable String section, @Nullable Integer actionIndex, String field, String message) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(null, null, field, message);
    }

    public static FieldProblem ofAction(int actionIndex, String field, String message) {
        return new FieldProblem(null, actionIndex, field, message);
    }

    public FieldProblem inSection(String sectionName) {
        return new FieldProblem(sectionName, actionIndex, field, message);
    }
}

package org.waypoint.supervision.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.InvalidInputException;
import org.waypoint.ui.Notifications;

/**
 * Shows the service's refusal next to the field it names, also inside lists: a problem's place is its section
 * ("actions", "caseDiscussions[2]"), the action's index and the field. Nothing typed is cleared; problems with no
 * field on screen go into one notification.
 */
final class ErrorTargets {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    void put(@Nullable String section, @Nullable Integer index, String field, HasValidation component) {
        fields.put(key(section, index, field), component);
    }

    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    void show(InvalidInputException e) {
        clear();
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem problem : e.problems()) {
            HasValidation field = fields.get(key(problem.section(), problem.actionIndex(), problem.field()));
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            } else {
                elsewhere.add(problem.message());
            }
        }
        Notifications.problem(elsewhere.isEmpty() ? "Some parts need attention: they are marked in red."
                : String.join(". ", elsewhere));
    }

    private static String key(@Nullable String section, @Nullable Integer index, String field) {
        return (section == null ? "" : section) + "/" + (index == null ? "" : index) + "/" + field;
    }
}

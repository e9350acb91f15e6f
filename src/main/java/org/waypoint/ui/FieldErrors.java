package org.waypoint.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.InvalidInputException;

/**
 * Shows the service's refusal next to the fields it names, so the rule is explained where the user typed and nothing
 * they typed is cleared. Problems with no matching field go into one notification.
 */
public final class FieldErrors {

    private final Map<String, ? extends HasValidation> fields;

    public FieldErrors(Map<String, ? extends HasValidation> fields) {
        this.fields = fields;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException e) {
        clear();
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem problem : e.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            } else {
                elsewhere.add(problem.message());
            }
        }
        if (!elsewhere.isEmpty()) {
            Notifications.problem(String.join(". ", elsewhere));
        }
    }
}

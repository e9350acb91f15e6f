package org.waypoint.plans;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a plan says, as the rules see it.
 *
 * @param childViewsReason why the child's views could not be obtained, when {@code childViews} is empty
 */
public record PlanContent(List<String> outcomes, List<PlanAction> actions, @Nullable String contingency,
                          @Nullable String childViews, @Nullable String childViewsReason, @Nullable String parentViews,
                          @Nullable LocalDate nextReviewDate) {

    public PlanContent {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}

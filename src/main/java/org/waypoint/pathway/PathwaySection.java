package org.waypoint.pathway;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.waypoint.plans.PlanAction;

/**
 * One matter of a pathway plan as the rules see it.
 *
 * @param youngPersonViews the young person's own words
 * @param suitable         accommodation only: whether where they live is suitable
 * @param suitableReason   accommodation only: why it is, or is not, suitable
 */
public record PathwaySection(@Nullable String needs, @Nullable String youngPersonViews, List<PlanAction> actions,
                             @Nullable Boolean suitable, @Nullable String suitableReason) {

    public PathwaySection {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public static final PathwaySection EMPTY = new PathwaySection(null, null, List.of(), null, null);
}

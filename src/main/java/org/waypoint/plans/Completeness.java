package org.waypoint.plans;

import java.util.List;

/**
 * The five categories of Plymouth's 2019 audit of plan actions (seed 002), for a plan with at least one action.
 * The completeness report's SQL decides it as {@link #of(long, long, long, long)} does; {@code PlansApiContract}
 * checks the report puts a plan of each category in its place.
 */
public enum Completeness {
    /** Every action has an owner and a due date. */
    COMPLETE("Every action has an owner and a date"),
    /** No action has an owner or a due date. */
    ALL_MISSING("No action has an owner or a date"),
    /** Every action dated, some without an owner. */
    ALL_DATED_SOME_UNOWNED("All dated, some without an owner"),
    /** Every action owned, some without a date. */
    ALL_OWNED_SOME_UNDATED("All owned, some without a date"),
    /** The rest: some actions lack an owner and some lack a date. */
    SOME_MISSING("Some actions without an owner or a date");

    private final String label;

    Completeness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The category of a non-empty list of actions. */
    public static Completeness of(List<PlanAction> actions) {
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("Only plans with actions have a completeness category");
        }
        long owned = actions.stream().filter(PlanAction::owned).count();
        long dated = actions.stream().filter(PlanAction::dated).count();
        long both = actions.stream().filter(a -> a.owned() && a.dated()).count();
        return of(actions.size(), owned, dated, both);
    }

    /** The same decision from counts, as the report's SQL makes it. */
    public static Completeness of(long actions, long owned, long dated, long both) {
        if (both == actions) {
            return COMPLETE;
        }
        if (owned == 0 && dated == 0) {
            return ALL_MISSING;
        }
        if (dated == actions) {
            return ALL_DATED_SOME_UNOWNED;
        }
        if (owned == actions) {
            return ALL_OWNED_SOME_UNDATED;
        }
        return SOME_MISSING;
    }
}

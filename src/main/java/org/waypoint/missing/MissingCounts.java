package org.waypoint.missing;

/** How often a child has gone missing lately: the repeat pattern a panel looks for. */
public record MissingCounts(long last90Days, long last12Months) {

    public static final MissingCounts NONE = new MissingCounts(0, 0);

    /** Three or more episodes in 90 days: the usual threshold for a repeat-missing review. */
    public boolean repeat() {
        return last90Days >= 3;
    }
}

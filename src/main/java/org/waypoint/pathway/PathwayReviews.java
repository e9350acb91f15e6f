package org.waypoint.pathway;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a pathway plan is reviewed: at least every 6 months, and whenever the young person or their personal adviser
 * asks (Care Planning Regulations 2010, reg. 43, as applied to care leavers). Each approval of a version is a review.
 */
public final class PathwayReviews {

    public static final int MONTHS = 6;

    private PathwayReviews() {
    }

    /**
     * The latest day the next review may be held.
     *
     * @param lastReview the last review (or, before the first, the day the plan was started)
     * @param askedFor   the day by which the young person or adviser asked for a review, if they did
     */
    public static LocalDate latestNextReview(LocalDate lastReview, @Nullable LocalDate askedFor) {
        LocalDate regular = lastReview.plusMonths(MONTHS);
        return askedFor != null && askedFor.isBefore(regular) ? askedFor : regular;
    }

    /** A review asked for is met by the next review held: a request made on or before the last review is spent. */
    public static @Nullable LocalDate openRequest(@Nullable LocalDate askedFor, @Nullable LocalDate lastReview) {
        return askedFor == null || (lastReview != null && !askedFor.isAfter(lastReview)) ? null : askedFor;
    }

    /**
     * Up to date: reviewed within the 6 months up to today (the report's measure, as in Ofsted's and the seed's
     * "reviewed within 6 months"). Counted back from today, so on month ends it can differ by a day or two from
     * {@link #latestNextReview}, which counts forward from the review.
     */
    public static boolean upToDate(@Nullable LocalDate lastReview, LocalDate today) {
        return lastReview != null && !lastReview.isBefore(upToDateCutoff(today));
    }

    /** The earliest last review that still counts as up to date today (SQL: {@code last_reviewed_on >= cutoff}). */
    public static LocalDate upToDateCutoff(LocalDate today) {
        return today.minusMonths(MONTHS);
    }
}

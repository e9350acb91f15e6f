package org.waypoint.plans;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The latest date a plan's next review may be held.
 * <ul>
 *   <li>Child protection: the first review within 3 months of the initial child protection conference, then at
 *   most every 6 months.</li>
 *   <li>Looked after (Care Planning Regulations 2010, reg. 33): the first review within 20 working days of the child
 *   becoming looked after (England's bank holidays are not working days), the second within 3 months of the first,
 *   then at most every 6 months.</li>
 *   <li>Child in need: local policy, every {@code cinIntervalMonths} (3 by default, setting
 *   {@code waypoint.plans.cin-review-months}).</li>
 * </ul>
 */
public final class ReviewSchedule {

    public static final int DEFAULT_CIN_MONTHS = 3;

    private final int cinIntervalMonths;

    public ReviewSchedule(int cinIntervalMonths) {
        if (cinIntervalMonths < 1 || cinIntervalMonths > 12) {
            throw new IllegalArgumentException("A child in need review interval is 1 to 12 months");
        }
        this.cinIntervalMonths = cinIntervalMonths;
    }

    /**
     * @param start       the initial conference (CP), the day the child became looked after (CLA), the plan's start (CIN)
     * @param reviewsHeld how many reviews have been held since the start
     * @param lastReview  the day of the last review held; ignored when none has been
     */
    public LocalDate latestNextReview(PlanType type, LocalDate start, int reviewsHeld, @Nullable LocalDate lastReview) {
        LocalDate from = reviewsHeld == 0 || lastReview == null ? start : lastReview;
        return switch (type) {
            case CP -> reviewsHeld == 0 ? start.plusMonths(3) : from.plusMonths(6);
            case CLA -> switch (reviewsHeld) {
                case 0 -> EnglandBankHolidays.addWorkingDays(start, 20);
                case 1 -> from.plusMonths(3);
                default -> from.plusMonths(6);
            };
            case CIN -> from.plusMonths(cinIntervalMonths);
        };
    }
}

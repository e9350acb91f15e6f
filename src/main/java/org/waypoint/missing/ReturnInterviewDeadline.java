package org.waypoint.missing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The 72-hour rule of the statutory guidance: a return interview is held within 72 hours of the child's return.
 * Hours are elapsed hours, not clock-face hours: across the change to summer time the deadline falls at 11am for a
 * return at 10am, and across the change back at 9am. An interview held at exactly 72 hours is in time; a minute
 * later it is late.
 */
public final class ReturnInterviewDeadline {

    public static final Duration LIMIT = Duration.ofHours(72);

    private final Clock clock;

    public ReturnInterviewDeadline(Clock clock) {
        this.clock = clock;
    }

    public static Instant dueBy(Instant returnedAt) {
        return returnedAt.plus(LIMIT);
    }

    /** Whether an interview held at {@code heldAt} met the 72 hours. */
    public static boolean heldInTime(Instant returnedAt, Instant heldAt) {
        return !heldAt.isAfter(dueBy(returnedAt));
    }

    /** The deadline for an interview not yet held, seen from now. */
    public Deadline deadline(Instant returnedAt) {
        Instant dueBy = dueBy(returnedAt);
        return new Deadline(dueBy, Duration.between(clock.instant(), dueBy));
    }

    /**
     * @param left time until {@code dueBy}; negative once it has passed
     */
    public record Deadline(Instant dueBy, Duration left) {

        /** Whole hours left, counted towards zero (so 0 in the last hour and in the first hour overdue). */
        public long hoursLeft() {
            return left.toHours();
        }

        public boolean overdue() {
            return left.isNegative();
        }

        /** "41 hours left", "25 minutes left", "Due now", "Overdue by 3 hours". */
        public String describe() {
            if (left.isZero()) {
                return "Due now";
            }
            String amount = amount(left.abs());
            return overdue() ? "Overdue by " + amount : amount + " left";
        }

        private static String amount(Duration duration) {
            long hours = duration.toHours();
            if (hours >= 1) {
                return hours == 1 ? "1 hour" : hours + " hours";
            }
            long minutes = Math.max(1, duration.toMinutes());
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
    }
}

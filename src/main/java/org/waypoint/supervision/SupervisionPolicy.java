package org.waypoint.supervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Problems;

/**
 * A team's supervision policy and the rule that turns it into due dates. The defaults are the LGA Standards for
 * Employers of Social Workers, standard 5: every practitioner supervised at least monthly; a newly qualified worker
 * (qualified under 12 months) weekly for their first 6 weeks, then fortnightly to 6 months, then monthly; and each
 * allocated child's case discussed in supervision at least every 90 days.
 *
 * <p>The interval that applies is decided on the day of the supervision held, so a session in a newly qualified
 * worker's fifth week makes the next one due a week later, and one in their seventh week a fortnight later.
 *
 * @param practitionerIntervalDays longest gap between supervisions for a worker who is not newly qualified
 * @param newlyQualifiedWeeklyWeeks weeks after qualifying in which supervision is weekly
 * @param newlyQualifiedFortnightlyMonths months after qualifying until which supervision is at least fortnightly
 * @param caseDiscussionIntervalDays longest gap between discussions of an allocated child's case
 */
public record SupervisionPolicy(int practitionerIntervalDays, int newlyQualifiedWeeklyWeeks,
                                int newlyQualifiedFortnightlyMonths, int caseDiscussionIntervalDays) {

    public static final int WEEKLY_DAYS = 7;
    public static final int FORTNIGHTLY_DAYS = 14;
    /** "Monthly" in days: the longest calendar month, so a session on the same date each month is never late. */
    public static final int MONTHLY_DAYS = 31;
    /** A worker is newly qualified for this many months after qualifying (the ASYE year). */
    public static final int NEWLY_QUALIFIED_MONTHS = 12;

    public static final SupervisionPolicy LGA_STANDARD = new SupervisionPolicy(MONTHLY_DAYS, 6, 6, 90);

    /** How often a worker is to be supervised at a point in their career. */
    public enum Stage {
        NEWLY_QUALIFIED_WEEKLY("Newly qualified: weekly"),
        NEWLY_QUALIFIED_FORTNIGHTLY("Newly qualified: fortnightly"),
        NEWLY_QUALIFIED_MONTHLY("Newly qualified: monthly"),
        PRACTITIONER("Practitioner");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean newlyQualified() {
            return this != PRACTITIONER;
        }
    }

    /** The stage a worker is at on a day, and the longest gap allowed after a supervision held that day. */
    public record Frequency(Stage stage, int intervalDays) {
    }

    /**
     * @param qualifiedOn when the worker qualified, or null when not known or not a qualified social worker (a
     *                    personal adviser), who is then supervised at the practitioner interval
     */
    public Frequency frequencyOn(LocalDate day, @Nullable LocalDate qualifiedOn) {
        if (qualifiedOn == null || !day.isBefore(qualifiedOn.plusMonths(NEWLY_QUALIFIED_MONTHS))) {
            return new Frequency(Stage.PRACTITIONER, practitionerIntervalDays);
        }
        if (day.isBefore(qualifiedOn.plusWeeks(newlyQualifiedWeeklyWeeks))) {
            return new Frequency(Stage.NEWLY_QUALIFIED_WEEKLY, WEEKLY_DAYS);
        }
        if (day.isBefore(qualifiedOn.plusMonths(newlyQualifiedFortnightlyMonths))) {
            return new Frequency(Stage.NEWLY_QUALIFIED_FORTNIGHTLY, FORTNIGHTLY_DAYS);
        }
        // A team may supervise experienced staff less often than monthly; never its newly qualified workers.
        return new Frequency(Stage.NEWLY_QUALIFIED_MONTHLY, Math.min(MONTHLY_DAYS, practitionerIntervalDays));
    }

    /** The last day by which the next supervision is due: late from the day after. */
    public LocalDate nextSupervisionDue(LocalDate heldOn, @Nullable LocalDate qualifiedOn) {
        return heldOn.plusDays(frequencyOn(heldOn, qualifiedOn).intervalDays());
    }

    /**
     * The last day by which a child's case is to be discussed again: counted from the last discussion, or for a
     * child never discussed from the day their case opened.
     */
    public LocalDate nextCaseDiscussionDue(@Nullable LocalDate lastDiscussedOn, LocalDate caseOpenedOn) {
        return (lastDiscussedOn == null ? caseOpenedOn : lastDiscussedOn).plusDays(caseDiscussionIntervalDays);
    }

    /** Limits a team's settings must keep to; each problem names its field. */
    public Problems check(Problems problems) {
        return problems
                .require(practitionerIntervalDays >= WEEKLY_DAYS && practitionerIntervalDays <= 92,
                        "practitionerIntervalDays", "Supervise practitioners at least every 7 to 92 days")
                .require(newlyQualifiedWeeklyWeeks >= 0 && newlyQualifiedWeeklyWeeks <= 26,
                        "newlyQualifiedWeeklyWeeks", "Weekly supervision lasts between 0 and 26 weeks")
                .require(newlyQualifiedFortnightlyMonths >= 0 && newlyQualifiedFortnightlyMonths <= NEWLY_QUALIFIED_MONTHS,
                        "newlyQualifiedFortnightlyMonths", "Fortnightly supervision lasts until between 0 and 12 months")
                .require(caseDiscussionIntervalDays >= WEEKLY_DAYS && caseDiscussionIntervalDays <= 183,
                        "caseDiscussionIntervalDays", "Discuss each child at least every 7 to 183 days");
    }

    /** The policy in a sentence, for screens. */
    public String describe() {
        return "Practitioners at least every " + practitionerIntervalDays + " days. Newly qualified workers weekly for "
                + newlyQualifiedWeeklyWeeks + " weeks, then fortnightly to " + newlyQualifiedFortnightlyMonths
                + " months, then monthly to 12 months. Each allocated child's case discussed at least every "
                + caseDiscussionIntervalDays + " days.";
    }
}

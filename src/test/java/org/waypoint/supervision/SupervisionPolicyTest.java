package org.waypoint.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.supervision.SupervisionPolicy.LGA_STANDARD;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.Problems;
import org.waypoint.supervision.SupervisionPolicy.Stage;

/** The supervision policy rule at every boundary of the LGA standard 5 schedule. */
class SupervisionPolicyTest {

    /** Qualified on 31 January: month arithmetic has to clamp (31 July, 31 January). */
    static final LocalDate QUALIFIED = LocalDate.of(2025, 1, 31);

    @Nested
    class NewlyQualifiedWorker {

        @ParameterizedTest(name = "held {0}: {1}, next due {2}")
        @CsvSource({
                // before qualifying (a student's last placement) counts with the first weeks
                "2025-01-20, NEWLY_QUALIFIED_WEEKLY, 2025-01-27",
                "2025-01-31, NEWLY_QUALIFIED_WEEKLY, 2025-02-07",
                // six weeks = 42 days: day 41 is the last weekly day
                "2025-03-13, NEWLY_QUALIFIED_WEEKLY, 2025-03-20",
                "2025-03-14, NEWLY_QUALIFIED_FORTNIGHTLY, 2025-03-28",
                // six months after 31 January is 31 July
                "2025-07-30, NEWLY_QUALIFIED_FORTNIGHTLY, 2025-08-13",
                "2025-07-31, NEWLY_QUALIFIED_MONTHLY, 2025-08-31",
                // twelve months: 31 January 2026
                "2026-01-30, NEWLY_QUALIFIED_MONTHLY, 2026-03-02",
                "2026-01-31, PRACTITIONER, 2026-03-03",
        })
        void followsTheScheduleFromTheDayOfQualifying(LocalDate heldOn, Stage stage, LocalDate nextDue) {
            assertThat(LGA_STANDARD.frequencyOn(heldOn, QUALIFIED).stage()).isEqualTo(stage);
            assertThat(LGA_STANDARD.nextSupervisionDue(heldOn, QUALIFIED)).isEqualTo(nextDue);
        }

        @Test
        void staysMonthlyInTheirFirstYearWhenTheTeamSupervisesOthersLessOften() {
            var sixWeekly = new SupervisionPolicy(42, 6, 6, 90);
            assertThat(sixWeekly.frequencyOn(LocalDate.of(2025, 9, 1), QUALIFIED))
                    .isEqualTo(new SupervisionPolicy.Frequency(Stage.NEWLY_QUALIFIED_MONTHLY, 31));
            assertThat(sixWeekly.frequencyOn(LocalDate.of(2026, 2, 1), QUALIFIED))
                    .isEqualTo(new SupervisionPolicy.Frequency(Stage.PRACTITIONER, 42));
        }

        @Test
        void isMonthlyAtTheTeamsShorterIntervalWhenItSupervisesMoreOften() {
            var fourWeekly = new SupervisionPolicy(28, 6, 6, 90);
            assertThat(fourWeekly.frequencyOn(LocalDate.of(2025, 9, 1), QUALIFIED).intervalDays()).isEqualTo(28);
        }

        @Test
        void aTeamCanLengthenTheWeeklyAndFortnightlyStages() {
            var longer = new SupervisionPolicy(31, 8, 9, 90);
            assertThat(longer.frequencyOn(QUALIFIED.plusWeeks(8).minusDays(1), QUALIFIED).stage())
                    .isEqualTo(Stage.NEWLY_QUALIFIED_WEEKLY);
            assertThat(longer.frequencyOn(QUALIFIED.plusWeeks(8), QUALIFIED).stage())
                    .isEqualTo(Stage.NEWLY_QUALIFIED_FORTNIGHTLY);
            assertThat(longer.frequencyOn(QUALIFIED.plusMonths(9).minusDays(1), QUALIFIED).stage())
                    .isEqualTo(Stage.NEWLY_QUALIFIED_FORTNIGHTLY);
            assertThat(longer.frequencyOn(QUALIFIED.plusMonths(9), QUALIFIED).stage())
                    .isEqualTo(Stage.NEWLY_QUALIFIED_MONTHLY);
        }

        @Test
        void withoutAWeeklyStageStartsFortnightly() {
            var noWeekly = new SupervisionPolicy(31, 0, 6, 90);
            assertThat(noWeekly.frequencyOn(QUALIFIED, QUALIFIED).stage()).isEqualTo(Stage.NEWLY_QUALIFIED_FORTNIGHTLY);
        }
    }

    @Nested
    class ExperiencedWorker {

        @Test
        void isSupervisedAtTheTeamsInterval() {
            LocalDate heldOn = LocalDate.of(2026, 2, 10);
            assertThat(LGA_STANDARD.nextSupervisionDue(heldOn, LocalDate.of(2015, 6, 1)))
                    .isEqualTo(LocalDate.of(2026, 3, 13));
            assertThat(new SupervisionPolicy(28, 6, 6, 90).nextSupervisionDue(heldOn, LocalDate.of(2015, 6, 1)))
                    .isEqualTo(LocalDate.of(2026, 3, 10));
        }

        @Test
        void withNoQualificationDateIsAPractitioner() {
            assertThat(LGA_STANDARD.frequencyOn(LocalDate.of(2026, 2, 10), null))
                    .isEqualTo(new SupervisionPolicy.Frequency(Stage.PRACTITIONER, 31));
        }
    }

    @Nested
    class CaseDiscussion {

        @Test
        void isDueTheConfiguredDaysAfterTheLastDiscussion() {
            assertThat(LGA_STANDARD.nextCaseDiscussionDue(LocalDate.of(2026, 1, 1), LocalDate.of(2020, 1, 1)))
                    .isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(new SupervisionPolicy(31, 6, 6, 60).nextCaseDiscussionDue(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2020, 1, 1))).isEqualTo(LocalDate.of(2026, 3, 2));
        }

        @Test
        void forAChildNeverDiscussedIsCountedFromTheCaseOpening() {
            assertThat(LGA_STANDARD.nextCaseDiscussionDue(null, LocalDate.of(2026, 1, 1)))
                    .isEqualTo(LocalDate.of(2026, 4, 1));
        }
    }

    @Nested
    class Settings {

        @Test
        void theDefaultsAreAccepted() {
            assertThat(LGA_STANDARD.check(new Problems()).list()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
                "6, 6, 6, 90, practitionerIntervalDays",
                "93, 6, 6, 90, practitionerIntervalDays",
                "31, -1, 6, 90, newlyQualifiedWeeklyWeeks",
                "31, 27, 6, 90, newlyQualifiedWeeklyWeeks",
                "31, 6, -1, 90, newlyQualifiedFortnightlyMonths",
                "31, 6, 13, 90, newlyQualifiedFortnightlyMonths",
                "31, 6, 6, 6, caseDiscussionIntervalDays",
                "31, 6, 6, 184, caseDiscussionIntervalDays",
        })
        void outOfRangeSettingsAreRefusedByField(int practitioner, int weekly, int fortnightly, int cases, String field) {
            var problems = new SupervisionPolicy(practitioner, weekly, fortnightly, cases).check(new Problems()).list();
            assertThat(problems).extracting(FieldProblem::field).containsExactly(field);
        }

        @ParameterizedTest
        @CsvSource({"7, 0, 0, 7", "92, 26, 12, 183"})
        void theLimitsThemselvesAreAccepted(int practitioner, int weekly, int fortnightly, int cases) {
            assertThat(new SupervisionPolicy(practitioner, weekly, fortnightly, cases).check(new Problems()).list())
                    .isEmpty();
        }
    }
}

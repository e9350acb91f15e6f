package org.waypoint.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The 72-hour rule at its boundaries, and across the clock changes of 2026 in the council's time zone. */
class ReturnInterviewDeadlineTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
    }

    static ReturnInterviewDeadline.Deadline seenAt(Instant returnedAt, Duration afterReturn) {
        return new ReturnInterviewDeadline(Clock.fixed(returnedAt.plus(afterReturn), LONDON)).deadline(returnedAt);
    }

    static Duration hm(int hours, int minutes) {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }

    @Nested
    class OnAnOrdinaryDay {

        final Instant returned = london(2026, 6, 10, 7, 15);

        @Test
        void atTheMomentOfReturnThereAre72HoursLeft() {
            var deadline = seenAt(returned, Duration.ZERO);
            assertThat(deadline.hoursLeft()).isEqualTo(72);
            assertThat(deadline.overdue()).isFalse();
            assertThat(deadline.dueBy()).isEqualTo(london(2026, 6, 13, 7, 15));
            assertThat(deadline.describe()).isEqualTo("72 hours left");
        }

        @Test
        void at71h59mOneMinuteIsLeft() {
            var deadline = seenAt(returned, hm(71, 59));
            assertThat(deadline.overdue()).isFalse();
            assertThat(deadline.hoursLeft()).isZero();
            assertThat(deadline.left()).isEqualTo(Duration.ofMinutes(1));
            assertThat(deadline.describe()).isEqualTo("1 minute left");
            assertThat(ReturnInterviewDeadline.heldInTime(returned, returned.plus(hm(71, 59)))).isTrue();
        }

        @Test
        void at72hExactlyItIsDueButNotOverdue() {
            var deadline = seenAt(returned, hm(72, 0));
            assertThat(deadline.overdue()).isFalse();
            assertThat(deadline.hoursLeft()).isZero();
            assertThat(deadline.describe()).isEqualTo("Due now");
            assertThat(ReturnInterviewDeadline.heldInTime(returned, returned.plus(hm(72, 0)))).isTrue();
        }

        @Test
        void at72h01mItIsOverdueAndAnInterviewThenIsLate() {
            var deadline = seenAt(returned, hm(72, 1));
            assertThat(deadline.overdue()).isTrue();
            assertThat(deadline.hoursLeft()).isZero();
            assertThat(deadline.describe()).isEqualTo("Overdue by 1 minute");
            assertThat(ReturnInterviewDeadline.heldInTime(returned, returned.plus(hm(72, 1)))).isFalse();
        }

        @Test
        void hoursLeftCountWholeHoursTowardsZeroOnBothSides() {
            assertThat(seenAt(returned, hm(30, 30)).hoursLeft()).isEqualTo(41);
            assertThat(seenAt(returned, hm(30, 30)).describe()).isEqualTo("41 hours left");
            assertThat(seenAt(returned, hm(71, 0)).describe()).isEqualTo("1 hour left");
            assertThat(seenAt(returned, hm(71, 25)).describe()).isEqualTo("35 minutes left");
            assertThat(seenAt(returned, hm(73, 1)).hoursLeft()).isEqualTo(-1);
            assertThat(seenAt(returned, hm(73, 1)).describe()).isEqualTo("Overdue by 1 hour");
            assertThat(seenAt(returned, hm(80, 0)).describe()).isEqualTo("Overdue by 8 hours");
            assertThat(seenAt(returned, hm(80, 0)).hoursLeft()).isEqualTo(-8);
        }

        @Test
        void anInterviewHeldAtTheReturnItselfIsInTime() {
            assertThat(ReturnInterviewDeadline.heldInTime(returned, returned)).isTrue();
        }
    }

    /** Clocks go forward at 1am GMT on Sunday 29 March 2026: that day has 23 hours. */
    @Nested
    class AcrossTheSpringClockChange {

        final Instant returned = london(2026, 3, 28, 10, 0);

        @Test
        void theDeadlineIs72ElapsedHoursSoItFallsAt11amOnTheClock() {
            var dueBy = ReturnInterviewDeadline.dueBy(returned);
            assertThat(dueBy.atZone(LONDON).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 31, 11, 0));
            assertThat(Duration.between(returned, dueBy)).isEqualTo(Duration.ofHours(72));
        }

        @Test
        void at10amOnTheClockThreeDaysLaterAnHourIsStillLeft() {
            Instant tenOnTuesday = london(2026, 3, 31, 10, 0);
            var deadline = new ReturnInterviewDeadline(Clock.fixed(tenOnTuesday, LONDON)).deadline(returned);
            assertThat(deadline.overdue()).isFalse();
            assertThat(deadline.describe()).isEqualTo("1 hour left");
            assertThat(ReturnInterviewDeadline.heldInTime(returned, tenOnTuesday)).isTrue();
        }

        @Test
        void theBoundaryMinutesHoldAcrossTheChange() {
            assertThat(seenAt(returned, hm(71, 59)).overdue()).isFalse();
            assertThat(seenAt(returned, hm(72, 0)).overdue()).isFalse();
            assertThat(seenAt(returned, hm(72, 1)).overdue()).isTrue();
            assertThat(ReturnInterviewDeadline.heldInTime(returned, london(2026, 3, 31, 11, 0))).isTrue();
            assertThat(ReturnInterviewDeadline.heldInTime(returned, london(2026, 3, 31, 11, 1))).isFalse();
        }

        @Test
        void aReturnInTheSkippedHourCountsFromItsRealInstant() {
            // 01:30 on 29 March does not exist in London; the zone rules read it as 02:30 BST (01:30 GMT).
            Instant returnedInGap = ZonedDateTime.of(LocalDateTime.of(2026, 3, 29, 1, 30), LONDON).toInstant();
            assertThat(ReturnInterviewDeadline.dueBy(returnedInGap).atZone(LONDON).toLocalDateTime())
                    .isEqualTo(LocalDateTime.of(2026, 4, 1, 2, 30));
        }
    }

    /** Clocks go back at 2am BST on Sunday 25 October 2026: that day has 25 hours. */
    @Nested
    class AcrossTheAutumnClockChange {

        final Instant returned = london(2026, 10, 24, 10, 0);

        @Test
        void theDeadlineIs72ElapsedHoursSoItFallsAt9amOnTheClock() {
            var dueBy = ReturnInterviewDeadline.dueBy(returned);
            assertThat(dueBy.atZone(LONDON).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 27, 9, 0));
        }

        @Test
        void at10amOnTheClockThreeDaysLaterItIsAlreadyAnHourOverdue() {
            Instant tenOnTuesday = london(2026, 10, 27, 10, 0);
            var deadline = new ReturnInterviewDeadline(Clock.fixed(tenOnTuesday, LONDON)).deadline(returned);
            assertThat(deadline.overdue()).isTrue();
            assertThat(deadline.describe()).isEqualTo("Overdue by 1 hour");
            assertThat(ReturnInterviewDeadline.heldInTime(returned, tenOnTuesday)).isFalse();
        }

        @Test
        void theBoundaryMinutesHoldAcrossTheChange() {
            assertThat(seenAt(returned, hm(71, 59)).overdue()).isFalse();
            assertThat(seenAt(returned, hm(72, 0)).overdue()).isFalse();
            assertThat(seenAt(returned, hm(72, 1)).overdue()).isTrue();
            assertThat(ReturnInterviewDeadline.heldInTime(returned, london(2026, 10, 27, 9, 0))).isTrue();
            assertThat(ReturnInterviewDeadline.heldInTime(returned, london(2026, 10, 27, 9, 1))).isFalse();
        }

        @Test
        void aReturnInTheRepeatedHourCountsFromWhicheverOneItWas() {
            LocalDateTime halfPastOne = LocalDateTime.of(2026, 10, 25, 1, 30);
            Instant first = ZonedDateTime.ofStrict(halfPastOne, java.time.ZoneOffset.ofHours(1), LONDON).toInstant();
            Instant second = ZonedDateTime.ofStrict(halfPastOne, java.time.ZoneOffset.UTC, LONDON).toInstant();
            assertThat(Duration.between(ReturnInterviewDeadline.dueBy(first), ReturnInterviewDeadline.dueBy(second)))
                    .isEqualTo(Duration.ofHours(1));
            assertThat(ReturnInterviewDeadline.dueBy(first).atZone(LONDON).toLocalDateTime())
                    .isEqualTo(LocalDateTime.of(2026, 10, 28, 0, 30));
        }
    }
}

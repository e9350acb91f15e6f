package org.waypoint.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

    final ReviewSchedule rules = new ReviewSchedule(ReviewSchedule.DEFAULT_CIN_MONTHS);

    @Test
    void childProtectionFirstWithinThreeMonthsOfTheConferenceThenSixMonthly() {
        LocalDate conference = LocalDate.of(2026, 1, 15);
        assertThat(rules.latestNextReview(PlanType.CP, conference, 0, null)).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(rules.latestNextReview(PlanType.CP, conference, 1, LocalDate.of(2026, 4, 10)))
                .isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(rules.latestNextReview(PlanType.CP, conference, 4, LocalDate.of(2027, 11, 30)))
                .isEqualTo(LocalDate.of(2028, 5, 30));
        // month ends: 30 November + 3 months is the last day of February
        assertThat(rules.latestNextReview(PlanType.CP, LocalDate.of(2026, 11, 30), 0, null))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void lookedAfterTwentyWorkingDaysThenThreeMonthsThenSix() {
        // Looked after on Monday 2 March 2026: 20 working days is Monday 30 March (no bank holidays in between).
        assertThat(rules.latestNextReview(PlanType.CLA, LocalDate.of(2026, 3, 2), 0, null))
                .isEqualTo(LocalDate.of(2026, 3, 30));
        // From Friday 20 March 2026, Good Friday (3 April) and Easter Monday (6 April) are not working days.
        assertThat(rules.latestNextReview(PlanType.CLA, LocalDate.of(2026, 3, 20), 0, null))
                .isEqualTo(LocalDate.of(2026, 4, 21));
        // Over Christmas 2026: 25 and 28 December and 1 January are bank holidays.
        assertThat(rules.latestNextReview(PlanType.CLA, LocalDate.of(2026, 12, 14), 0, null))
                .isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(rules.latestNextReview(PlanType.CLA, LocalDate.of(2026, 3, 2), 1, LocalDate.of(2026, 3, 27)))
                .isEqualTo(LocalDate.of(2026, 6, 27));
        assertThat(rules.latestNextReview(PlanType.CLA, LocalDate.of(2026, 3, 2), 2, LocalDate.of(2026, 6, 20)))
                .isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(rules.latestNextReview(PlanType.CLA, LocalDate.of(2026, 3, 2), 7, LocalDate.of(2029, 1, 5)))
                .isEqualTo(LocalDate.of(2029, 7, 5));
    }

    @Test
    void childInNeedEveryThreeMonthsByDefaultOrAsSet() {
        LocalDate start = LocalDate.of(2026, 2, 1);
        assertThat(rules.latestNextReview(PlanType.CIN, start, 0, null)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(rules.latestNextReview(PlanType.CIN, start, 2, LocalDate.of(2026, 8, 1)))
                .isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(new ReviewSchedule(6).latestNextReview(PlanType.CIN, start, 0, null))
                .isEqualTo(LocalDate.of(2026, 8, 1));
        assertThatThrownBy(() -> new ReviewSchedule(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewSchedule(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingLastReviewDateCountsFromTheStart() {
        assertThat(rules.latestNextReview(PlanType.CP, LocalDate.of(2026, 1, 1), 2, null))
                .isEqualTo(LocalDate.of(2026, 7, 1));
    }
}

package org.waypoint.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PathwayReviewsTest {

    static final LocalDate REVIEWED = LocalDate.of(2026, 3, 15);

    @Test
    void atLeastEverySixMonths() {
        assertThat(PathwayReviews.latestNextReview(REVIEWED, null)).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void aReviewAskedForSoonerIsDueWhenAsked() {
        assertThat(PathwayReviews.latestNextReview(REVIEWED, LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        // asking for one later than the rules allow does not put it off
        assertThat(PathwayReviews.latestNextReview(REVIEWED, LocalDate.of(2026, 12, 1)))
                .isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void sixMonthsFromAMonthEndIsTheLastDayOfTheMonth() {
        assertThat(PathwayReviews.latestNextReview(LocalDate.of(2025, 8, 31), null)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(PathwayReviews.latestNextReview(LocalDate.of(2027, 8, 31), null)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void upToDateUntilSixMonthsHavePassed() {
        assertThat(PathwayReviews.upToDate(REVIEWED, LocalDate.of(2026, 9, 15))).isTrue();
        assertThat(PathwayReviews.upToDate(REVIEWED, LocalDate.of(2026, 9, 16))).isFalse();
        assertThat(PathwayReviews.upToDate(REVIEWED, REVIEWED)).isTrue();
        assertThat(PathwayReviews.upToDate(null, REVIEWED)).isFalse();
    }

    /** The SQL cutoff and the Java rule agree on every pair of days over two years. */
    @Test
    void theCutoffMatchesTheRule() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        for (int d = 0; d < 730; d += 1) {
            LocalDate today = start.plusDays(d);
            LocalDate cutoff = PathwayReviews.upToDateCutoff(today);
            for (int back = 170; back < 200; back++) {
                LocalDate last = today.minusDays(back);
                assertThat(PathwayReviews.upToDate(last, today)).isEqualTo(!last.isBefore(cutoff));
            }
        }
    }

    @Test
    void aRequestIsMetByTheNextReview() {
        LocalDate asked = LocalDate.of(2026, 4, 1);
        assertThat(PathwayReviews.openRequest(asked, null)).isEqualTo(asked);
        assertThat(PathwayReviews.openRequest(asked, LocalDate.of(2026, 3, 31))).isEqualTo(asked);
        assertThat(PathwayReviews.openRequest(asked, asked)).isNull();
        assertThat(PathwayReviews.openRequest(null, asked)).isNull();
    }
}

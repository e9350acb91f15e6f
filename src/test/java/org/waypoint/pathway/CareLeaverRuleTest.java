package org.waypoint.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.pathway.CareLeaverStatus.ELIGIBLE;
import static org.waypoint.pathway.CareLeaverStatus.FORMER_RELEVANT;
import static org.waypoint.pathway.CareLeaverStatus.NOT_A_CARE_LEAVER;
import static org.waypoint.pathway.CareLeaverStatus.RELEVANT;
import static org.waypoint.pathway.CareLeaverStatus.SUPPORT_ENDED;
import static org.waypoint.pathway.CareLeaverStatus.SUPPORT_NOT_WANTED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.children.Category;

class CareLeaverRuleTest {

    static final LocalDate BORN = LocalDate.of(2008, 5, 10);
    /** In care since 12: long enough by any 16th birthday. */
    static final LocalDate OPENED = LocalDate.of(2020, 1, 6);

    static CareLeaverStatus on(Category category, String day, boolean wantsSupport) {
        return CareLeaverRule.status(BORN, category, OPENED, wantsSupport, LocalDate.parse(day));
    }

    /** The day before and the day of each birthday that changes the status, for each category and wish. */
    @ParameterizedTest(name = "{0} on {1}, wants support {2}: {3}")
    @CsvSource({
            "CLA,         2024-05-09, true,  NOT_A_CARE_LEAVER",
            "CLA,         2024-05-10, true,  ELIGIBLE",
            "CLA,         2026-05-09, true,  ELIGIBLE",
            "CLA,         2026-05-10, true,  FORMER_RELEVANT",
            "CARE_LEAVER, 2024-05-09, true,  NOT_A_CARE_LEAVER",
            "CARE_LEAVER, 2024-05-10, true,  RELEVANT",
            "CARE_LEAVER, 2026-05-09, false, RELEVANT",
            "CARE_LEAVER, 2026-05-10, false, FORMER_RELEVANT",
            "CARE_LEAVER, 2029-05-09, false, FORMER_RELEVANT",
            "CARE_LEAVER, 2029-05-10, false, SUPPORT_NOT_WANTED",
            "CARE_LEAVER, 2029-05-10, true,  FORMER_RELEVANT",
            "CARE_LEAVER, 2033-05-09, true,  FORMER_RELEVANT",
            "CARE_LEAVER, 2033-05-09, false, SUPPORT_NOT_WANTED",
            "CARE_LEAVER, 2033-05-10, true,  SUPPORT_ENDED",
            "CARE_LEAVER, 2033-05-10, false, SUPPORT_ENDED",
            "CLA,         2033-05-10, true,  SUPPORT_ENDED",
            "CIN,         2026-05-10, true,  NOT_A_CARE_LEAVER",
            "CP,          2025-01-01, true,  NOT_A_CARE_LEAVER",
    })
    void birthdaysChangeTheStatusOnTheDay(Category category, String day, boolean wantsSupport,
                                          CareLeaverStatus expected) {
        assertThat(on(category, day, wantsSupport)).isEqualTo(expected);
    }

    @Test
    void aLookedAfter16YearOldIsEligibleAfter13WeeksInCare() {
        LocalDate today = LocalDate.of(2025, 3, 1);
        LocalDate opened = today.minusDays(CareLeaverRule.QUALIFYING_DAYS);
        assertThat(CareLeaverRule.status(BORN, Category.CLA, opened, true, today)).isEqualTo(ELIGIBLE);
        assertThat(CareLeaverRule.status(BORN, Category.CLA, opened.plusDays(1), true, today))
                .isEqualTo(NOT_A_CARE_LEAVER);
    }

    @Test
    void the13WeeksCountFromThe14thBirthdayAtTheEarliest() {
        LocalDate sixteenth = BORN.plusYears(16);
        assertThat(CareLeaverRule.status(BORN, Category.CLA, LocalDate.of(2010, 1, 1), true, sixteenth))
                .isEqualTo(ELIGIBLE);
        // in care from 15 years 11 months: not yet 13 weeks on the 16th birthday
        assertThat(CareLeaverRule.status(BORN, Category.CLA, sixteenth.minusMonths(1), true, sixteenth))
                .isEqualTo(NOT_A_CARE_LEAVER);
    }

    @Test
    void aLeapDayBirthdayTurnsOnThe28thOfFebruaryInOtherYears() {
        LocalDate leap = LocalDate.of(2008, 2, 29);
        // plusYears keeps to the last day of February: 28 February 2026 is the 18th birthday
        assertThat(CareLeaverRule.status(leap, Category.CARE_LEAVER, OPENED, true, LocalDate.of(2026, 2, 27)))
                .isEqualTo(RELEVANT);
        assertThat(CareLeaverRule.status(leap, Category.CARE_LEAVER, OPENED, true, LocalDate.of(2026, 2, 28)))
                .isEqualTo(FORMER_RELEVANT);
    }

    @Test
    void onlyTheSupportedStatusesHaveAPlan() {
        assertThat(ELIGIBLE.entitledToPlan()).isTrue();
        assertThat(RELEVANT.entitledToPlan()).isTrue();
        assertThat(FORMER_RELEVANT.entitledToPlan()).isTrue();
        assertThat(SUPPORT_NOT_WANTED.entitledToPlan()).isFalse();
        assertThat(SUPPORT_ENDED.entitledToPlan()).isFalse();
        assertThat(NOT_A_CARE_LEAVER.entitledToPlan()).isFalse();
    }
}

package org.waypoint.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Against the published lists (gov.uk/bank-holidays). */
class EnglandBankHolidaysTest {

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void publishedYears() {
        assertThat(EnglandBankHolidays.of(2025)).containsExactly(d(2025, 1, 1), d(2025, 4, 18), d(2025, 4, 21),
                d(2025, 5, 5), d(2025, 5, 26), d(2025, 8, 25), d(2025, 12, 25), d(2025, 12, 26));
        assertThat(EnglandBankHolidays.of(2026)).containsExactly(d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 6),
                d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31), d(2026, 12, 25), d(2026, 12, 28));
        assertThat(EnglandBankHolidays.of(2027)).containsExactly(d(2027, 1, 1), d(2027, 3, 26), d(2027, 3, 29),
                d(2027, 5, 3), d(2027, 5, 31), d(2027, 8, 30), d(2027, 12, 27), d(2027, 12, 28));
        assertThat(EnglandBankHolidays.of(2022)).containsExactly(d(2022, 1, 3), d(2022, 4, 15), d(2022, 4, 18),
                d(2022, 5, 2), d(2022, 6, 2), d(2022, 6, 3), d(2022, 8, 29), d(2022, 9, 19), d(2022, 12, 26),
                d(2022, 12, 27));
        assertThat(EnglandBankHolidays.of(2023)).contains(d(2023, 1, 2), d(2023, 5, 8)).hasSize(9);
        assertThat(EnglandBankHolidays.of(2020)).contains(d(2020, 5, 8)).doesNotContain(d(2020, 5, 4));
        assertThat(EnglandBankHolidays.of(2028)).containsExactly(d(2028, 1, 3), d(2028, 4, 14), d(2028, 4, 17),
                d(2028, 5, 1), d(2028, 5, 29), d(2028, 8, 28), d(2028, 12, 25), d(2028, 12, 26));
    }

    @Test
    void easter() {
        assertThat(EnglandBankHolidays.easterSunday(2024)).isEqualTo(d(2024, 3, 31));
        assertThat(EnglandBankHolidays.easterSunday(2030)).isEqualTo(d(2030, 4, 21));
        assertThat(EnglandBankHolidays.easterSunday(2038)).isEqualTo(d(2038, 4, 25));
    }

    @Test
    void workingDays() {
        assertThat(EnglandBankHolidays.isWorkingDay(d(2026, 11, 23))).isTrue();
        assertThat(EnglandBankHolidays.isWorkingDay(d(2026, 11, 22))).isFalse();
        assertThat(EnglandBankHolidays.isWorkingDay(d(2026, 12, 28))).isFalse();
        assertThat(EnglandBankHolidays.addWorkingDays(d(2026, 12, 24), 1)).isEqualTo(d(2026, 12, 29));
        assertThat(EnglandBankHolidays.addWorkingDays(d(2026, 11, 20), 0)).isEqualTo(d(2026, 11, 20));
    }
}

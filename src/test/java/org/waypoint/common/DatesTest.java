package org.waypoint.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void writesDatesTheWayPeopleDo() {
        assertThat(Dates.day(LocalDate.of(2026, 3, 3))).isEqualTo("3 March 2026");
        assertThat(Dates.dayTime(Instant.parse("2026-07-01T13:05:00Z"))).isEqualTo("1 July 2026, 2:05pm");
        assertThat(Dates.dayTime(Instant.parse("2026-01-10T09:30:00Z"))).isEqualTo("10 January 2026, 9:30am");
    }

    @Test
    void givesABabysAgeInMonthsAndEveryoneElsesInYears() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(Dates.ageText(LocalDate.of(2026, 6, 1), today)).isEqualTo("5 months");
        assertThat(Dates.ageText(LocalDate.of(2026, 10, 20), today)).isEqualTo("1 month");
        assertThat(Dates.ageText(LocalDate.of(2025, 11, 24), today)).isEqualTo("11 months");
        assertThat(Dates.ageText(LocalDate.of(2025, 11, 23), today)).isEqualTo("1");
        assertThat(Dates.ageText(LocalDate.of(2008, 11, 24), today)).isEqualTo("17");
    }
}

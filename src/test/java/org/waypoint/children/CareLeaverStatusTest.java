package org.waypoint.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CareLeaverStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);

    @ParameterizedTest(name = "{0} aged {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "CLA, 15, none", "CLA, 16, ELIGIBLE", "CLA, 17, ELIGIBLE", "CLA, 18, none",
            "CARE_LEAVER, 15, none", "CARE_LEAVER, 16, RELEVANT", "CARE_LEAVER, 17, RELEVANT",
            "CARE_LEAVER, 18, FORMER_RELEVANT", "CARE_LEAVER, 24, FORMER_RELEVANT", "CARE_LEAVER, 25, none",
            "CIN, 16, none", "CP, 17, none", "CIN, 19, none"})
    void fromCategoryAndAge(Category category, int age, CareLeaverStatus expected) {
        assertThat(CareLeaverStatus.of(category, TODAY.minusYears(age), TODAY).orElse(null)).isEqualTo(expected);
    }

    @Test
    void turnsOnTheBirthday() {
        LocalDate born = TODAY.minusYears(18);
        assertThat(CareLeaverStatus.of(Category.CARE_LEAVER, born, TODAY.minusDays(1))).contains(CareLeaverStatus.RELEVANT);
        assertThat(CareLeaverStatus.of(Category.CARE_LEAVER, born, TODAY)).contains(CareLeaverStatus.FORMER_RELEVANT);
    }
}

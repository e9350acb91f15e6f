package org.waypoint.children;

import java.time.LocalDate;
import java.util.Optional;
import org.waypoint.common.Dates;

/**
 * The care-leaver status a young person has on a day (Children (Leaving Care) Act 2000; Care Leavers (England)
 * Regulations 2010), read from the category of the case and age, as Waypoint keeps no care history: eligible
 * (16 or 17 and looked after), relevant (16 or 17 and left care), former relevant (18 to 25, left care). A plain
 * rule, tested on its own.
 */
public enum CareLeaverStatus {
    ELIGIBLE("Eligible (16 or 17, looked after)"),
    RELEVANT("Relevant (16 or 17, left care)"),
    FORMER_RELEVANT("Former relevant (18 to 25, left care)");

    private final String label;

    CareLeaverStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<CareLeaverStatus> of(Category category, LocalDate dateOfBirth, LocalDate on) {
        int age = Dates.ageOn(dateOfBirth, on);
        if (age < 16 || age >= 25) {
            return Optional.empty();
        }
        return switch (category) {
            case CLA -> age < 18 ? Optional.of(ELIGIBLE) : Optional.empty();
            case CARE_LEAVER -> Optional.of(age < 18 ? RELEVANT : FORMER_RELEVANT);
            case CIN, CP -> Optional.empty();
        };
    }
}

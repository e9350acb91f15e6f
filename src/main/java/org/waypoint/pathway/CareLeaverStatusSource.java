package org.waypoint.pathway;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.waypoint.children.ChildStatusSource;
import org.waypoint.children.ChildSummary;

/** A care leaver's status ("Former relevant") beside their category on caseload lists. */
@Component
class CareLeaverStatusSource implements ChildStatusSource {

    @Override
    public Optional<String> status(ChildSummary child, LocalDate today) {
        CareLeaverStatus status = CareLeaverRule.status(child.dateOfBirth(), child.category(), child.openedOn(),
                child.open(), today);
        return status == CareLeaverStatus.NOT_A_CARE_LEAVER ? Optional.empty() : Optional.of(status.label());
    }
}

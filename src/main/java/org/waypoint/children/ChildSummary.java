package org.waypoint.children;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;

public record ChildSummary(UUID id, String givenName, String familyName, LocalDate dateOfBirth, Category category,
                           @Nullable LegalStatus legalStatus, long teamId, String teamName, @Nullable Long allocatedWorkerId,
                           @Nullable String allocatedWorkerName, LocalDate openedOn, @Nullable LocalDate closedOn,
                           long version) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate day) {
        return Dates.ageOn(dateOfBirth, day);
    }

    public String ageTextOn(LocalDate day) {
        return Dates.ageText(dateOfBirth, day);
    }

    /** The legal status in plain words, or "Not recorded". */
    public String legalStatusText() {
        return legalStatus == null ? LegalStatus.NOT_RECORDED : legalStatus.label();
    }

    public boolean open() {
        return closedOn == null;
    }
}

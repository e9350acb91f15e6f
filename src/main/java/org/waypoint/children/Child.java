package org.waypoint.children;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "child")
class Child {

    @Id
    private UUID id;

    private String givenName;

    private String familyName;

    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    private Category category;

    private LocalDate openedOn;

    private @Nullable LocalDate closedOn;

    private long teamId;

    private @Nullable Long allocatedWorkerId;

    @Enumerated(EnumType.STRING)
    private @Nullable LegalStatus legalStatus;

    // Wrapper type: null marks a new child, so Spring Data inserts without first selecting by the assigned id.
    @Version
    private @Nullable Long version;

    protected Child() {
        this.id = new UUID(0, 0);
        this.givenName = "";
        this.familyName = "";
        this.dateOfBirth = LocalDate.MIN;
        this.category = Category.CIN;
        this.openedOn = LocalDate.MIN;
    }

    Child(UUID id, String givenName, String familyName, LocalDate dateOfBirth, Category category,
          @Nullable LegalStatus legalStatus, LocalDate openedOn, long teamId) {
        this.id = id;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.category = category;
        this.legalStatus = legalStatus;
        this.openedOn = openedOn;
        this.teamId = teamId;
    }

    UUID id() {
        return id;
    }

    long teamId() {
        return teamId;
    }

    @Nullable Long allocatedWorkerId() {
        return allocatedWorkerId;
    }

    boolean isOpen() {
        return closedOn == null;
    }

    void allocate(long teamId, @Nullable Long workerId) {
        this.teamId = teamId;
        this.allocatedWorkerId = workerId;
    }

    @Nullable LegalStatus legalStatus() {
        return legalStatus;
    }

    void recordLegalStatus(@Nullable LegalStatus status) {
        this.legalStatus = status;
    }

    void close(LocalDate on) {
        this.closedOn = on;
        this.allocatedWorkerId = null;
    }

    ChildPlacement placement() {
        return new ChildPlacement(id, teamId, allocatedWorkerId, isOpen());
    }

    ChildSummary summary(String teamName, @Nullable String workerName) {
        return new ChildSummary(id, givenName, familyName, dateOfBirth, category, legalStatus, teamId, teamName,
                allocatedWorkerId, workerName, openedOn, closedOn, version == null ? 0 : version);
    }
}

package org.waypoint.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A child's plan of one type; its content lives in its versions ({@link PlanVersion}). */
@Entity
@Table(name = "plan")
class Plan {

    @Id
    private UUID id;

    private UUID childId;

    @Enumerated(EnumType.STRING)
    private PlanType planType;

    private LocalDate startedOn;

    private @Nullable UUID currentVersionId;

    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected Plan() {
        this.id = new UUID(0, 0);
        this.childId = new UUID(0, 0);
        this.planType = PlanType.CIN;
        this.startedOn = LocalDate.MIN;
        this.createdAt = Instant.EPOCH;
    }

    Plan(UUID id, UUID childId, PlanType type, LocalDate startedOn, Instant createdAt) {
        this.id = id;
        this.childId = childId;
        this.planType = type;
        this.startedOn = startedOn;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID childId() {
        return childId;
    }

    PlanType type() {
        return planType;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    void startedOn(LocalDate day) {
        this.startedOn = day;
    }

    @Nullable UUID currentVersionId() {
        return currentVersionId;
    }

    void currentVersion(UUID versionId) {
        this.currentVersionId = versionId;
    }
}

package org.waypoint.pathway;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A young person's pathway plan: its versions hold the content. */
@Entity
@Table(name = "pathway_plan")
class PathwayPlan {

    @Id
    private UUID id;
    private UUID childId;
    private LocalDate startedOn;
    private @Nullable UUID currentVersionId;
    private @Nullable LocalDate lastReviewedOn;
    private Instant createdAt;
    @Version
    private @Nullable Long version;

    protected PathwayPlan() {
        this.id = new UUID(0, 0);
        this.childId = new UUID(0, 0);
        this.startedOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    PathwayPlan(UUID id, UUID childId, LocalDate startedOn, Instant createdAt) {
        this.id = id;
        this.childId = childId;
        this.startedOn = startedOn;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID childId() {
        return childId;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    @Nullable UUID currentVersionId() {
        return currentVersionId;
    }

    void currentVersion(UUID versionId) {
        this.currentVersionId = versionId;
    }

    @Nullable LocalDate lastReviewedOn() {
        return lastReviewedOn;
    }

    void reviewedOn(LocalDate day) {
        this.lastReviewedOn = day;
    }
}

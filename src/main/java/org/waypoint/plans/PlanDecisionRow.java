package org.waypoint.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A manager's approval or return of a plan version, with the rationale. Never changed. */
@Entity
@Table(name = "plan_decision")
class PlanDecisionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private UUID versionId;

    @Enumerated(EnumType.STRING)
    private PlanStatus decision;

    private String rationale;

    private long decidedBy;

    private Instant decidedAt;

    protected PlanDecisionRow() {
        this.versionId = new UUID(0, 0);
        this.decision = PlanStatus.APPROVED;
        this.rationale = "";
        this.decidedAt = Instant.EPOCH;
    }

    PlanDecisionRow(UUID versionId, PlanStatus decision, String rationale, long decidedBy, Instant decidedAt) {
        this.versionId = versionId;
        this.decision = decision;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    UUID versionId() {
        return versionId;
    }

    PlanStatus decision() {
        return decision;
    }

    String rationale() {
        return rationale;
    }

    long decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}

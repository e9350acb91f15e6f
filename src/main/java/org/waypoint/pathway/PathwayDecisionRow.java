package org.waypoint.pathway;

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
import org.waypoint.plans.PlanDecision;
import org.waypoint.plans.PlanStatus;

/** A manager's approval or return of a pathway plan version, with the rationale. Never changed. */
@Entity
@Table(name = "pathway_decision")
class PathwayDecisionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private UUID versionId;
    @Enumerated(EnumType.STRING)
    private PlanStatus decision;
    private String rationale;
    private long decidedBy;
    private Instant decidedAt;

    protected PathwayDecisionRow() {
        this.versionId = new UUID(0, 0);
        this.decision = PlanStatus.APPROVED;
        this.rationale = "";
        this.decidedAt = Instant.EPOCH;
    }

    PathwayDecisionRow(UUID versionId, PlanStatus decision, String rationale, long decidedBy, Instant decidedAt) {
        this.versionId = versionId;
        this.decision = decision;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    long decidedBy() {
        return decidedBy;
    }

    PlanDecision value(String decidedByName) {
        return new PlanDecision(decision, rationale, decidedBy, decidedByName, decidedAt);
    }
}

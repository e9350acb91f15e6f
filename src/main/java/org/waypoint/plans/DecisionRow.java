package org.waypoint.plans;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A manager's approval or return of a version, with the rationale. Never changed. Plans and pathway plans keep
 * theirs in tables of their own ({@code plan_decision}, {@code pathway_decision}) with these columns.
 */
@MappedSuperclass
public abstract class DecisionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private UUID versionId;

    @Enumerated(EnumType.STRING)
    private PlanStatus decision;

    private String rationale;

    private long decidedBy;

    private Instant decidedAt;

    protected DecisionRow() {
        this.versionId = new UUID(0, 0);
        this.decision = PlanStatus.APPROVED;
        this.rationale = "";
        this.decidedAt = Instant.EPOCH;
    }

    protected DecisionRow(UUID versionId, PlanStatus decision, String rationale, long decidedBy, Instant decidedAt) {
        this.versionId = versionId;
        this.decision = decision;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public UUID versionId() {
        return versionId;
    }

    public PlanStatus decision() {
        return decision;
    }

    public String rationale() {
        return rationale;
    }

    public long decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public PlanDecision value(String decidedByName) {
        return new PlanDecision(decision, rationale, decidedBy, decidedByName, decidedAt);
    }
}

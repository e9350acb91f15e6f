package org.waypoint.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A manager's approval or return of a plan version, with the rationale. Never changed. */
@Entity
@Table(name = "plan_decision")
class PlanDecisionRow extends DecisionRow {

    protected PlanDecisionRow() {
    }

    PlanDecisionRow(UUID versionId, PlanStatus decision, String rationale, long decidedBy, Instant decidedAt) {
        super(versionId, decision, rationale, decidedBy, decidedAt);
    }
}

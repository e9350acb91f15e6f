package org.waypoint.pathway;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.waypoint.plans.DecisionRow;
import org.waypoint.plans.PlanStatus;

/** A manager's approval or return of a pathway plan version, with the rationale. Never changed. */
@Entity
@Table(name = "pathway_decision")
class PathwayDecisionRow extends DecisionRow {

    protected PathwayDecisionRow() {
    }

    PathwayDecisionRow(UUID versionId, PlanStatus decision, String rationale, long decidedBy, Instant decidedAt) {
        super(versionId, decision, rationale, decidedBy, decidedAt);
    }
}

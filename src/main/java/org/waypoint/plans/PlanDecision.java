package org.waypoint.plans;

import java.time.Instant;

/** A manager's approval or return, with the rationale, who and when. */
public record PlanDecision(PlanStatus decision, String rationale, long decidedById, String decidedByName,
                           Instant decidedAt) {
}

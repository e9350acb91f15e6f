package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.List;
import org.waypoint.organisation.TeamSummary;

/** A team's workers and where each one's supervision stands, most overdue first. */
public record TeamSupervision(TeamSummary team, TeamPolicy policy, LocalDate today,
                              List<WorkerSupervisionStatus> workers) {
}

package org.waypoint.children;

import java.util.List;
import org.waypoint.organisation.TeamSummary;

/** A team's workers with their open cases, and how many of its open children nobody holds. */
public record TeamWorkload(TeamSummary team, List<WorkerCaseload> workers, long unallocated) {
}

package org.waypoint.children;

import java.time.LocalDate;
import java.util.UUID;

/** Something due on a child's case (a plan review, a return interview), for caseload lists. */
public record DueItem(UUID childId, String label, LocalDate due) {
}

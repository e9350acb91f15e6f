package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A supervision record in a list: who, when, how many children discussed, whether acknowledged. */
public record SupervisionSummary(UUID id, long superviseeId, String superviseeName, long supervisorId,
                                 String supervisorName, LocalDate heldOn, int durationMinutes, long caseDiscussions,
                                 boolean acknowledged) {
}

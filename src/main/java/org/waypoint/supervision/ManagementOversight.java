package org.waypoint.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case decision as it appears on the child's record: who decided, when, what and why, from a supervision with
 * the child's worker.
 */
public record ManagementOversight(UUID caseDiscussionId, UUID supervisionId, LocalDate heldOn, long decidedById,
                                  String decidedByName, String workerName, Instant recordedAt, String discussion,
                                  String decision, String rationale, List<AgreedAction> actions,
                                  List<AddendumEntry> addenda) {
}

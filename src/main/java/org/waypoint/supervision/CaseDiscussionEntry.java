package org.waypoint.supervision;

import java.util.List;
import java.util.UUID;

/** A child's case as discussed in one supervision. */
public record CaseDiscussionEntry(UUID id, UUID childId, String childName, String discussion, String decision,
                                  String rationale, List<AgreedAction> actions) {
}

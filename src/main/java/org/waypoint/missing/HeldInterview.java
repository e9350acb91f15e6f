package org.waypoint.missing;

import java.time.Instant;
import java.util.UUID;

/** A return interview held, for the list behind the "within 72 hours" figure: late ones first. */
public record HeldInterview(UUID episodeId, UUID childId, String childName, long teamId, String teamName,
                            Instant returnedAt, Instant heldAt, boolean within72Hours) {
}

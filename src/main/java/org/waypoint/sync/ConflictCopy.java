package org.waypoint.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * An offline change kept beside a newer version, waiting for the practitioner to choose.
 *
 * @param what the kind of record in words ("Return interview")
 */
public record ConflictCopy(UUID id, UUID childId, String childName, String what, String reason, Instant createdAt) {
}

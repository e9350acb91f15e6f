package org.waypoint.sync;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One change queued on a device.
 *
 * @param mutationId  chosen by the device (a UUID), the same on every retry
 * @param entityId    what the change applies to: the missing episode of a return interview, the plan or pathway plan
 *                    version
 * @param baseVersion the version the change was made on; empty for a new record
 */
public record Mutation(@Nullable UUID mutationId, @Nullable String type, @Nullable UUID entityId,
                       @Nullable Long baseVersion, @Nullable JsonNode payload) {
}

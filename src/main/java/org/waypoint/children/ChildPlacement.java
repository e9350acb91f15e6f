package org.waypoint.children;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where a child's case sits in the organisation: all that access decisions need to know. */
public record ChildPlacement(UUID childId, long teamId, @Nullable Long allocatedWorkerId, boolean open) {
}

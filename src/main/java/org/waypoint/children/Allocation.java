package org.waypoint.children;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who holds a child's case now: a team, and a worker or nobody (unallocated). */
public record Allocation(UUID childId, long teamId, @Nullable Long workerId) {
}

package org.waypoint.children;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A period in which a team, and a worker or nobody, held the child; {@code validTo} is exclusive, null if current. */
public record AllocationPeriod(long teamId, @Nullable Long workerId, LocalDate validFrom, @Nullable LocalDate validTo) {
}

package org.waypoint.pathway;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A pathway plan counted in the compliance figure on a day: whose it was, the young person's status and team, the
 * last review (approval) by that day, and whether it was within the 6 months up to it. {@code id} is the current
 * version's, to open the plan.
 */
public record PathwayOnTheDay(UUID id, UUID childId, String childName, long teamId, String teamName,
                              CareLeaverStatus careLeaverStatus, @Nullable LocalDate lastReviewedOn, boolean upToDate) {
}

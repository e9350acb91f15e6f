package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.children.Category;

/** A child allocated to the supervisee, with when their case was last discussed and when it is due again. */
public record ChildToDiscuss(UUID childId, String name, Category category, @Nullable LocalDate lastDiscussedOn,
                             LocalDate dueOn) {
}

package org.waypoint.missing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something agreed in a return interview: what, who does it (a named person or agency) and by when. All three
 * are required; they are nullable here only so that input missing one is refused with a message, not a 400.
 */
public record InterviewAction(@Nullable String description, @Nullable String owner, @Nullable LocalDate dueDate) {
}

package org.waypoint.pathway;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a pathway plan says: the matters written about (a missing one is empty), the next review and a review asked
 * for.
 */
public record PathwayContent(Map<Matter, PathwaySection> sections, @Nullable LocalDate nextReviewDate,
                             @Nullable LocalDate reviewAskedFor) {

    public PathwayContent {
        sections = sections.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(sections));
    }

    public PathwaySection section(Matter matter) {
        return sections.getOrDefault(matter, PathwaySection.EMPTY);
    }
}

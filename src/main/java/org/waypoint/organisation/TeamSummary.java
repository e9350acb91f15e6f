package org.waypoint.organisation;

import org.jspecify.annotations.Nullable;

/** @param safeCaseload the most open cases one full-time practitioner in this team should hold, if set */
public record TeamSummary(long id, String name, long serviceAreaId, String serviceAreaName,
                          @Nullable Integer safeCaseload, long version) {
}

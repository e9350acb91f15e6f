package org.waypoint.organisation;

import org.jspecify.annotations.Nullable;

public record NewTeam(@Nullable String name, @Nullable Long serviceAreaId, @Nullable Integer safeCaseload) {
}

package org.waypoint.children;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewChild(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
                       @Nullable Category category, @Nullable Long teamId) {
}

package org.waypoint.children;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A child to register; the legal status is optional ("Not recorded" until known). */
public record NewChild(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
                       @Nullable Category category, @Nullable Long teamId, @Nullable LegalStatus legalStatus) {
}

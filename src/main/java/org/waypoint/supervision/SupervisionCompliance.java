package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.List;

/** Supervision compliance as at a day, per team and per service area, within the caller's scope. */
public record SupervisionCompliance(LocalDate asOf, List<TeamCompliance> teams,
                                    List<ServiceAreaCompliance> serviceAreas) {
}

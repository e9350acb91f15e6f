package org.waypoint.pathway;

/** One team's current pathway plans of one care-leaver status, and how many were reviewed within 6 months. */
public record PathwayReportRow(long teamId, String teamName, CareLeaverStatus status, long plans, long upToDate) {

    /** The share up to date, rounded half-up to 3 places (0.387). */
    public double share() {
        return plans == 0 ? 0 : java.math.BigDecimal.valueOf(upToDate)
                .divide(java.math.BigDecimal.valueOf(plans), 3, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}

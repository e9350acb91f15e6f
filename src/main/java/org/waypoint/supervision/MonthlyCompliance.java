package org.waypoint.supervision;

import java.time.LocalDate;
import java.time.YearMonth;

/** Compliance as at the end of a month (or, for the current month, as at the day asked about). */
public record MonthlyCompliance(YearMonth month, LocalDate asAt, ComplianceFigures figures) {
}

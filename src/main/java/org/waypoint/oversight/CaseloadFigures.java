package org.waypoint.oversight;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Caseload figures for a team, a service area or the authority (DfE children's social work workforce methodology).
 *
 * @param workers case-holding practitioners (social workers, personal advisers) with at least one open case
 * @param fte their full-time equivalence, summed
 * @param openCases the open cases they hold
 * @param average open cases per FTE, to one decimal place; null when nobody holds a case
 * @param min fewest open cases held by one of those workers
 * @param max most open cases held by one of those workers
 * @param overSafeLevel workers holding more than their team's safe caseload, pro rata to FTE
 * @param managersHoldingCases open cases held by team managers (outside the average, shown on their own)
 * @param unallocated open children nobody holds
 */
public record CaseloadFigures(int workers, BigDecimal fte, long openCases, @Nullable BigDecimal average,
                              @Nullable Long min, @Nullable Long max, int overSafeLevel, long managersHoldingCases,
                              long unallocated) {
}

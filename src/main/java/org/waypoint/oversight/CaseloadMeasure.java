package org.waypoint.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LongSummaryStatistics;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.waypoint.organisation.SafeCaseload;

/**
 * The caseload rule, in one place (DfE workforce methodology, as seed 003 reports it):
 * <ul>
 *   <li>caseloads are those of case-holding practitioners (social workers and personal advisers) who hold at least
 *   one open case; workers with none are left out of the average and the range;</li>
 *   <li>average = open cases ÷ the FTE of those workers, to one decimal place;</li>
 *   <li>range = the fewest and most open cases held by one worker;</li>
 *   <li>cases held by team managers are not in the average: they are counted on their own, as seed 004 asks;</li>
 *   <li>a worker is over the safe level when their cases exceed the team's safe caseload × their FTE.</li>
 * </ul>
 */
public final class CaseloadMeasure {

    private CaseloadMeasure() {
    }

    /**
     * @param holdings each member of staff's open cases in each team (rows for one team, an area or the authority)
     * @param unallocated open children nobody holds, in the same teams
     * @param safeCaseloadByTeam each team's safe caseload; teams without a policy are absent
     */
    public static CaseloadFigures measure(Collection<WorkerCases> holdings, long unallocated,
                                          Map<Long, Integer> safeCaseloadByTeam) {
        var practitioners = holdings.stream()
                .filter(h -> h.role().isCaseHolding() && h.openCases() > 0)
                .toList();
        LongSummaryStatistics counts = practitioners.stream().mapToLong(WorkerCases::openCases).summaryStatistics();
        BigDecimal fte = practitioners.stream().map(WorkerCases::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        long managers = holdings.stream()
                .filter(h -> !h.role().isCaseHolding())
                .mapToLong(WorkerCases::openCases).sum();
        int overSafe = (int) practitioners.stream()
                .filter(h -> SafeCaseload.exceededBy(h.openCases(), h.fte(), safeCaseloadByTeam.get(h.teamId())))
                .count();
        return new CaseloadFigures(practitioners.size(), fte, counts.getSum(), average(counts.getSum(), fte),
                practitioners.isEmpty() ? null : counts.getMin(), practitioners.isEmpty() ? null : counts.getMax(),
                overSafe, managers, unallocated);
    }

    private static @Nullable BigDecimal average(long cases, BigDecimal fte) {
        return fte.signum() == 0 ? null : BigDecimal.valueOf(cases).divide(fte, 1, RoundingMode.HALF_UP);
    }
}

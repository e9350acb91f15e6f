package org.waypoint.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.security.Role;

class CaseloadMeasureTest {

    static WorkerCases holding(long id, Role role, String fte, long cases) {
        return new WorkerCases(id, "Worker " + id, role, new BigDecimal(fte), 1, cases);
    }

    @Test
    void averageIsOpenCasesPerFteOfCaseHoldingWorkers() {
        CaseloadFigures f = CaseloadMeasure.measure(List.of(
                holding(1, Role.SOCIAL_WORKER, "1.0", 20),
                holding(2, Role.SOCIAL_WORKER, "0.5", 9),
                holding(3, Role.PERSONAL_ADVISER, "1.0", 15)), 0, Map.of());
        assertThat(f.workers()).isEqualTo(3);
        assertThat(f.fte()).isEqualByComparingTo("2.5");
        assertThat(f.openCases()).isEqualTo(44);
        assertThat(f.average()).isEqualByComparingTo("17.6");
        assertThat(f.min()).isEqualTo(9);
        assertThat(f.max()).isEqualTo(20);
    }

    @Test
    void workersWithNoCasesAreLeftOutOfAverageAndRange() {
        CaseloadFigures f = CaseloadMeasure.measure(List.of(
                holding(1, Role.SOCIAL_WORKER, "1.0", 12),
                holding(2, Role.SOCIAL_WORKER, "1.0", 0)), 0, Map.of());
        assertThat(f.workers()).isEqualTo(1);
        assertThat(f.average()).isEqualByComparingTo("12.0");
        assertThat(f.min()).isEqualTo(12);
    }

    @Test
    void managersCasesAreCountedOnTheirOwnNotInTheAverage() {
        CaseloadFigures f = CaseloadMeasure.measure(List.of(
                holding(1, Role.SOCIAL_WORKER, "1.0", 10),
                holding(9, Role.TEAM_MANAGER, "1.0", 4)), 3, Map.of());
        assertThat(f.workers()).isEqualTo(1);
        assertThat(f.openCases()).isEqualTo(10);
        assertThat(f.average()).isEqualByComparingTo("10.0");
        assertThat(f.managersHoldingCases()).isEqualTo(4);
        assertThat(f.unallocated()).isEqualTo(3);
    }

    @Test
    void theSafeLevelIsProRataToFte() {
        Map<Long, Integer> safe = Map.of(1L, 18);
        CaseloadFigures f = CaseloadMeasure.measure(List.of(
                holding(1, Role.SOCIAL_WORKER, "1.0", 18),
                holding(2, Role.SOCIAL_WORKER, "1.0", 19),
                holding(3, Role.SOCIAL_WORKER, "0.5", 9),
                holding(4, Role.SOCIAL_WORKER, "0.5", 10)), 0, safe);
        assertThat(f.overSafeLevel()).isEqualTo(2);
        assertThat(CaseloadMeasure.measure(List.of(holding(1, Role.SOCIAL_WORKER, "1.0", 40)), 0, Map.of())
                .overSafeLevel()).as("no policy, nobody over it").isZero();
    }

    @Test
    void averagesRoundHalfUpToOneDecimal() {
        CaseloadFigures f = CaseloadMeasure.measure(List.of(
                holding(1, Role.SOCIAL_WORKER, "1.0", 10),
                holding(2, Role.SOCIAL_WORKER, "1.0", 10),
                holding(3, Role.SOCIAL_WORKER, "1.0", 5),
                holding(4, Role.SOCIAL_WORKER, "1.0", 0),
                holding(5, Role.SOCIAL_WORKER, "0.8", 1)), 0, Map.of());
        // 26 cases / 3.8 FTE = 6.842... -> 6.8
        assertThat(f.average()).isEqualByComparingTo("6.8");
    }

    @Test
    void aTeamWithNoCasesHasNoAverageRatherThanZero() {
        CaseloadFigures f = CaseloadMeasure.measure(List.of(), 2, Map.of());
        assertThat(f.average()).isNull();
        assertThat(f.min()).isNull();
        assertThat(f.workers()).isZero();
        assertThat(f.unallocated()).isEqualTo(2);
    }
}

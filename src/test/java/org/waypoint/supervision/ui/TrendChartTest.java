package org.waypoint.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.supervision.ComplianceFigures;
import org.waypoint.supervision.MonthlyCompliance;

/** The trend chart draws what the figures say, and nothing for months with nothing to count. */
class TrendChartTest {

    static MonthlyCompliance month(int month, ComplianceFigures figures) {
        YearMonth yearMonth = YearMonth.of(2025, 11).plusMonths(month);
        return new MonthlyCompliance(yearMonth, yearMonth.atEndOfMonth(), figures);
    }

    @Test
    void eachMonthWithFiguresIsAPointWithItsCountsInATooltip() {
        String svg = TrendChart.svg(List.of(
                month(0, new ComplianceFigures(4, 3, 10, 9)),
                month(1, new ComplianceFigures(4, 4, 10, 10)),
                month(2, new ComplianceFigures(5, 4, 12, 6))), "Team & Co");

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("Team &amp; Co").doesNotContain("Team & Co");
        assertThat(svg.split("<circle", -1)).hasSize(7);
        assertThat(svg).contains("November 2025: 75% workers supervised in time (3 of 4)",
                "January 2026: 50% children discussed in time (6 of 12)");
        // The year is written under the first month and under January only.
        assertThat(svg).contains(">2025<", ">2026<");
    }

    @Test
    void aMonthWithNothingToCountBreaksTheLineInsteadOfDrawingZero() {
        String svg = TrendChart.svg(List.of(
                month(0, new ComplianceFigures(4, 3, 0, 0)),
                month(1, ComplianceFigures.NONE),
                month(2, new ComplianceFigures(4, 4, 0, 0))), "a team");

        assertThat(svg.split("<circle", -1)).hasSize(3);
        assertThat(svg).doesNotContain("children discussed in time (");
        String path = svg.substring(svg.indexOf("<path d=\"") + 9, svg.indexOf('"', svg.indexOf("<path d=\"") + 9));
        assertThat(path.chars().filter(c -> c == 'M')).hasSize(2);
        assertThat(path).doesNotContain("L");
    }
}

package org.waypoint.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A feature's figures in the compliance report ("compliance in one place"). A feature adds its figures by declaring
 * one bean that implements this (plans, pathway plans, supervision and return interviews do), so the report never
 * knows the features, and the figures of a feature not built are simply absent. See docs/decisions/0050-compliance-in-one-place.md.
 *
 * <p>The report passes only teams the caller oversees; a source counts within them and nowhere else. Sources are
 * shown in their {@link org.springframework.core.annotation.Order} (plans 10 and pathway plans 20 first, as seed 003
 * reports them; supervision 30; return interviews 40).
 */
public interface ComplianceSource {

    /** The figures this source counts, in the order they are shown. Keys are stable: the API and CSV use them. */
    List<ComplianceMeasure> measures();

    /**
     * Each team's counts for each of this source's measures, as at the day. Counted in the database in a fixed
     * number of statements however many teams (no query per team); teams with nothing to count may be left out.
     */
    List<TeamCount> count(LocalDate asOf, Set<Long> teamIds);

    /** Where the rows behind a figure are listed, for one team, or all the caller's teams when {@code teamId} is null. */
    DrillDown drillDown(String measure, LocalDate asOf, @Nullable Long teamId);
}

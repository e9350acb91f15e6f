package org.waypoint.pathway;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waypoint.children.CaseScope;
import org.waypoint.children.ChronologyEntry;
import org.waypoint.children.ChronologySource;
import org.waypoint.plans.VersionHistory;

/** Each pathway plan version (a review) on the young person's chronology, with the manager's decision and rationale. */
@Component
class PathwayChronology implements ChronologySource {

    static final String KIND = "Pathway plan";

    private final JdbcClient jdbc;

    PathwayChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<ChronologyEntry> entries(UUID childId, CaseScope scope) {
        List<VersionHistory.Row> rows = jdbc.sql("""
                        select %s
                        from pathway_plan p
                        join child c on c.id = p.child_id
                        join pathway_version v on v.plan_id = p.id
                        join staff a on a.id = v.author_id
                        left join pathway_decision d on d.version_id = v.id
                        left join staff m on m.id = d.decided_by
                        where p.child_id = :childId
                          and (c.allocated_worker_id = :staffId or c.team_id in (:teamIds))
                        order by v.version_number, d.decided_at""".formatted(VersionHistory.SELECT))
                .param("childId", childId).param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query((rs, n) -> VersionHistory.row(rs)).list();
        return VersionHistory.entries(rows, KIND, version -> "pathway-plans/" + version);
    }
}

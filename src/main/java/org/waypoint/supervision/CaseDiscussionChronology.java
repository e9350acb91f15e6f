package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waypoint.children.CaseScope;
import org.waypoint.children.ChronologyEntry;
import org.waypoint.children.ChronologySource;

/**
 * Each discussion of the child's case in supervision, with the manager's decision, on the child's chronology. The
 * decision is part of the child's record; the supervision record it came from opens only for its parties and the
 * managers over its team, so only they get the link.
 */
@Component
class CaseDiscussionChronology implements ChronologySource {

    static final String KIND = "Management oversight";

    private final JdbcClient jdbc;

    CaseDiscussionChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<ChronologyEntry> entries(UUID childId, CaseScope scope) {
        return jdbc.sql("""
                        select cd.held_on, cd.decision, s.id as supervision_id, sup.display_name as supervisor,
                               wk.display_name as worker,
                               case when s.supervisor_id = :staffId or s.supervisee_id = :staffId
                                         or s.team_id in (:teamIds) then true else false end as may_open
                        from case_discussion cd
                        join supervision s on s.id = cd.supervision_id
                        join child c on c.id = cd.child_id
                        join staff sup on sup.id = s.supervisor_id
                        join staff wk on wk.id = s.supervisee_id
                        where cd.child_id = :childId
                          and (c.allocated_worker_id = :staffId or c.team_id in (:teamIds))""")
                .param("childId", childId)
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query((rs, n) -> new ChronologyEntry(rs.getObject("held_on", LocalDate.class), null, KIND,
                        "Case discussed in supervision", "Decision: " + rs.getString("decision"),
                        rs.getString("supervisor") + ", with " + rs.getString("worker"),
                        rs.getBoolean("may_open") ? "supervision/records/" + rs.getObject("supervision_id", UUID.class)
                                : null))
                .list();
    }
}

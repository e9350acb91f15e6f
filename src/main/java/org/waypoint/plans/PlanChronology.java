package org.waypoint.plans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waypoint.children.CaseScope;
import org.waypoint.children.ChronologyEntry;
import org.waypoint.children.ChronologySource;

/** Each plan version on the child's chronology: written, sent for approval, approved or returned with the rationale. */
@Component
class PlanChronology implements ChronologySource {

    private final JdbcClient jdbc;

    PlanChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> kinds() {
        return Arrays.stream(PlanType.values()).map(PlanType::label).toList();
    }

    private record TypedRow(PlanType type, VersionHistory.Row row) {
    }

    @Override
    public List<ChronologyEntry> entries(UUID childId, CaseScope scope) {
        Map<PlanType, List<VersionHistory.Row>> byType = jdbc.sql("""
                        select p.plan_type, %s
                        from plan p
                        join child c on c.id = p.child_id
                        join plan_version v on v.plan_id = p.id
                        join staff a on a.id = v.author_id
                        left join plan_decision d on d.version_id = v.id
                        left join staff m on m.id = d.decided_by
                        where p.child_id = :childId
                          and (c.allocated_worker_id = :staffId or c.team_id in (:teamIds))
                        order by v.version_number, d.decided_at""".formatted(VersionHistory.SELECT))
                .param("childId", childId).param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query((rs, n) -> new TypedRow(PlanType.valueOf(rs.getString("plan_type")), VersionHistory.row(rs)))
                .stream().collect(Collectors.groupingBy(TypedRow::type, LinkedHashMap::new,
                        Collectors.mapping(TypedRow::row, Collectors.toList())));
        List<ChronologyEntry> entries = new ArrayList<>();
        byType.forEach((type, rows) -> entries.addAll(VersionHistory.entries(rows, type.label(), v -> "plans/" + v)));
        return entries;
    }
}

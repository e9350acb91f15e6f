package org.waypoint.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.children.CaseScope;
import org.waypoint.children.ChildAccess;
import org.waypoint.common.Dates;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/**
 * Reading the audit trail. Administrators search all of it (child ids, never names: they see no case records);
 * heads of service search what concerns the children in their service areas. Anyone who may read a child sees
 * who has looked at that child's record.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final String FROM = """
            from audit_entry a
            left join staff s on s.id = a.staff_id
            left join child c on c.id = a.child_id
            where (cast(:childId as uuid) is null or a.child_id = :childId)
              and (cast(:username as varchar) is null or a.username = :username)
              and (cast(:from as timestamp with time zone) is null or a.at >= :from)
              and (cast(:to as timestamp with time zone) is null or a.at < :to)
              and (:everything = true or c.allocated_worker_id = :staffId or c.team_id in (:teamIds))
            """;

    private final JdbcClient jdbc;
    private final ChildAccess access;
    private final AuditTrail trail;

    AuditService(JdbcClient jdbc, ChildAccess access, AuditTrail trail) {
        this.jdbc = jdbc;
        this.access = access;
        this.trail = trail;
    }

    @PreAuthorize("hasAnyRole('ADMIN','HEAD_OF_SERVICE')")
    public List<AuditEntryView> search(AuditFilter filter, Pageable page) {
        trail.flush();
        boolean admin = CurrentUser.get().role() == Role.ADMIN;
        CaseScope scope = admin ? new CaseScope(-1, java.util.Set.of()) : access.scope();
        return bind(jdbc.sql("""
                        select a.id, a.at, a.username, s.display_name, a.child_id,
                               case when :everything then null else c.given_name || ' ' || c.family_name end,
                               a.record_type, a.record_id, a.action, a.channel
                        """ + FROM + " order by a.at desc, a.id desc limit :limit offset :offset"), filter, admin, scope)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new AuditEntryView(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10)))
                .list();
    }

    @PreAuthorize("hasAnyRole('ADMIN','HEAD_OF_SERVICE')")
    public long count(AuditFilter filter) {
        trail.flush();
        boolean admin = CurrentUser.get().role() == Role.ADMIN;
        CaseScope scope = admin ? new CaseScope(-1, java.util.Set.of()) : access.scope();
        return bind(jdbc.sql("select count(*) " + FROM), filter, admin, scope).query(Long.class).single();
    }

    /** Who has opened this child's record, most recent first. */
    public List<RecordViewer> viewersOf(UUID childId) {
        access.visible(childId);
        trail.flush();
        return jdbc.sql("""
                        select a.username, coalesce(max(s.display_name), a.username), count(*), max(a.at)
                        from audit_entry a left join staff s on s.id = a.staff_id
                        where a.child_id = :childId and a.action = 'VIEW'
                        group by a.username
                        order by max(a.at) desc""")
                .param("childId", childId)
                .query((rs, n) -> new RecordViewer(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditFilter filter, boolean everything,
                                                 CaseScope scope) {
        return sql.param("childId", filter.childId())
                .param("username", filter.username() == null || filter.username().isBlank() ? null
                        : filter.username().trim().toLowerCase())
                .param("from", startOf(filter.from()))
                .param("to", startOf(filter.to() == null ? null : filter.to().plusDays(1)))
                .param("everything", everything)
                .param("staffId", scope.staffId())
                .param("teamIds", scope.teamIdsForQuery());
    }

    private static @Nullable Timestamp startOf(@Nullable LocalDate day) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(Dates.ZONE).toInstant());
    }
}

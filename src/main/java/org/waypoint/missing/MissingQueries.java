package org.waypoint.missing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waypoint.children.CaseScope;
import org.waypoint.common.Dates;

/**
 * The read side in SQL: lists across children and figures, aggregated in the database and limited to the caller's
 * children with the scope condition of {@link CaseScope}. Portable SQL for H2 and PostgreSQL.
 */
@Repository
class MissingQueries {

    private static final String IN_SCOPE = "(c.allocated_worker_id = :staffId or c.team_id in (:teamIds))";
    private static final String CHILD_NAME = "c.given_name || ' ' || c.family_name";

    private final JdbcClient jdbc;

    MissingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A due interview without its clock; the service adds the deadline. */
    record DueRow(UUID episodeId, UUID childId, String childName, @Nullable Long workerId, @Nullable String workerName,
                  Instant missingFrom, Instant returnedAt) {
    }

    record ExportRow(UUID childId, LocalDate dateOfBirth, String category, Instant missingFrom,
                     @Nullable Instant returnedAt, @Nullable String outcome, @Nullable Instant offeredAt) {
    }

    record StaffOption(long id, String displayName, @Nullable String teamName) {
    }

    private static final String DUE_FROM = """
            from missing_episode e
            join child c on c.id = e.child_id
            left join staff s on s.id = c.allocated_worker_id
            where %s and e.returned_at is not null
              and not exists (select 1 from return_interview ri where ri.episode_id = e.id)""".formatted(IN_SCOPE);

    List<DueRow> due(CaseScope scope, long offset, int limit) {
        return jdbc.sql("select e.id, e.child_id, " + CHILD_NAME + " as child_name, c.allocated_worker_id, "
                        + "s.display_name, e.missing_from, e.returned_at " + DUE_FROM
                        + " order by e.returned_at, e.id limit :limit offset :offset")
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new DueRow(uuid(rs, "id"), uuid(rs, "child_id"), rs.getString("child_name"),
                        nullableLong(rs, "allocated_worker_id"), rs.getString("display_name"),
                        instant(rs, "missing_from"), instant(rs, "returned_at")))
                .list();
    }

    long countDue(CaseScope scope) {
        return jdbc.sql("select count(*) " + DUE_FROM)
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query(Long.class).single();
    }

    /** Due interviews of the given children (already visible to the caller), for caseload lists. */
    List<DueRow> dueFor(Collection<UUID> childIds) {
        return jdbc.sql("""
                        select e.id, e.child_id, e.missing_from, e.returned_at from missing_episode e
                        where e.child_id in (:childIds) and (e.returned_at is null
                           or not exists (select 1 from return_interview ri where ri.episode_id = e.id))""")
                .param("childIds", childIds)
                .query((rs, n) -> new DueRow(uuid(rs, "id"), uuid(rs, "child_id"), "", null, null,
                        instant(rs, "missing_from"), nullableInstant(rs, "returned_at")))
                .list();
    }

    /** Children missing now, interviews due, and of those the ones past 72 hours, in one pass. */
    record OpenCounts(long missingNow, long interviewsDue, long interviewsOverdue) {
    }

    OpenCounts openCounts(CaseScope scope, Instant overdueIfReturnedBefore) {
        return jdbc.sql("""
                        select coalesce(sum(case when e.returned_at is null then 1 else 0 end), 0) as missing_now,
                               coalesce(sum(case when e.returned_at is not null then 1 else 0 end), 0) as due,
                               coalesce(sum(case when e.returned_at < :cutoff then 1 else 0 end), 0) as overdue
                        from missing_episode e
                        join child c on c.id = e.child_id
                        where %s and (e.returned_at is null
                           or not exists (select 1 from return_interview ri where ri.episode_id = e.id))"""
                        .formatted(IN_SCOPE))
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("cutoff", at(overdueIfReturnedBefore))
                .query((rs, n) -> new OpenCounts(rs.getLong("missing_now"), rs.getLong("due"), rs.getLong("overdue")))
                .single();
    }

    /** An episode with what came of its interview offer, for the child's chronology. */
    record ChronologyRow(UUID episodeId, Instant missingFrom, @Nullable Instant returnedAt, boolean reportedToPolice,
                         @Nullable String whereFound, @Nullable String outcome, @Nullable Instant heldAt,
                         @Nullable Instant recordedAt, @Nullable Boolean withinDeadline,
                         @Nullable String interviewer) {
    }

    List<ChronologyRow> chronology(UUID childId, CaseScope scope) {
        return jdbc.sql("""
                        select e.id, e.missing_from, e.returned_at, e.reported_to_police, e.where_found, ri.outcome,
                               ri.held_at, ri.recorded_at, ri.within_deadline,
                               coalesce(i.display_name, ri.interviewer_name) as interviewer
                        from missing_episode e
                        join child c on c.id = e.child_id
                        left join return_interview ri on ri.episode_id = e.id
                        left join staff i on i.id = ri.interviewer_id
                        where e.child_id = :childId and %s""".formatted(IN_SCOPE))
                .param("childId", childId)
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query((rs, n) -> new ChronologyRow(uuid(rs, "id"), instant(rs, "missing_from"),
                        nullableInstant(rs, "returned_at"), rs.getBoolean("reported_to_police"),
                        rs.getString("where_found"), rs.getString("outcome"), nullableInstant(rs, "held_at"),
                        nullableInstant(rs, "recorded_at"),
                        rs.getObject("within_deadline") == null ? null : rs.getBoolean("within_deadline"),
                        rs.getString("interviewer")))
                .list();
    }

    List<MissingNow> missingNow(CaseScope scope) {
        return jdbc.sql("""
                        select e.id, e.child_id, %s as child_name, c.allocated_worker_id, s.display_name, e.missing_from,
                               e.reported_to_police, e.police_reference, e.reported_by
                        from missing_episode e
                        join child c on c.id = e.child_id
                        left join staff s on s.id = c.allocated_worker_id
                        where %s and e.returned_at is null
                        order by e.missing_from, e.id""".formatted(CHILD_NAME, IN_SCOPE))
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query((rs, n) -> new MissingNow(uuid(rs, "id"), uuid(rs, "child_id"), rs.getString("child_name"),
                        nullableLong(rs, "allocated_worker_id"), rs.getString("display_name"),
                        instant(rs, "missing_from"), rs.getBoolean("reported_to_police"),
                        rs.getString("police_reference"), rs.getString("reported_by")))
                .list();
    }

    Map<UUID, MissingCounts> counts(CaseScope scope, Collection<UUID> childIds, Instant now) {
        Map<UUID, MissingCounts> counts = new HashMap<>();
        if (childIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select e.child_id,
                               sum(case when e.missing_from >= :since90 then 1 else 0 end) as last90,
                               count(*) as last12
                        from missing_episode e
                        join child c on c.id = e.child_id
                        where %s and e.child_id in (:childIds) and e.missing_from >= :since12
                        group by e.child_id""".formatted(IN_SCOPE))
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("childIds", childIds)
                .param("since90", at(now.minus(Duration.ofDays(90))))
                .param("since12", at(twelveMonthsBefore(now)))
                .query(rs -> {
                    counts.put(uuid(rs, "child_id"), new MissingCounts(rs.getLong("last90"), rs.getLong("last12")));
                });
        return counts;
    }

    List<RepeatMisser> repeatMissers(CaseScope scope, Instant now) {
        return jdbc.sql("""
                        select c.id, %s as child_name, t.name as team_name, s.display_name,
                               sum(case when e.missing_from >= :since90 then 1 else 0 end) as last90,
                               count(*) as last12, max(e.missing_from) as last_missing,
                               sum(case when e.returned_at is null then 1 else 0 end) as open_episodes
                        from missing_episode e
                        join child c on c.id = e.child_id
                        join team t on t.id = c.team_id
                        left join staff s on s.id = c.allocated_worker_id
                        where %s and e.missing_from >= :since12
                        group by c.id, c.given_name, c.family_name, t.name, s.display_name
                        having count(*) > 1
                        order by last90 desc, last12 desc, last_missing desc""".formatted(CHILD_NAME, IN_SCOPE))
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("since90", at(now.minus(Duration.ofDays(90))))
                .param("since12", at(twelveMonthsBefore(now)))
                .query((rs, n) -> new RepeatMisser(uuid(rs, "id"), rs.getString("child_name"),
                        rs.getString("team_name"), rs.getString("display_name"),
                        new MissingCounts(rs.getLong("last90"), rs.getLong("last12")), instant(rs, "last_missing"),
                        rs.getLong("open_episodes") > 0))
                .list();
    }

    private static final String MENTIONS_FROM = """
            from return_interview_mention m
            join return_interview ri on ri.id = m.interview_id
            join missing_episode e on e.id = ri.episode_id
            join child c on c.id = e.child_id
            left join staff s on s.id = c.allocated_worker_id
            """;
    private static final String MENTIONS_WHERE = " where %s and e.missing_from >= :since".formatted(IN_SCOPE);

    List<SharedMention> sharedMentions(CaseScope scope, Instant since) {
        return jdbc.sql("select m.kind, m.name_key, min(m.name) as name, count(distinct e.child_id) as children, "
                        + "count(distinct ri.id) as interviews, count(distinct flagged.interview_id) as flagged, "
                        + "max(e.missing_from) as last_named "
                        + MENTIONS_FROM + " left join (select distinct interview_id from return_interview_indicator)"
                        + " flagged on flagged.interview_id = ri.id" + MENTIONS_WHERE
                        + " group by m.kind, m.name_key having count(distinct e.child_id) > 1"
                        + " order by children desc, flagged desc, last_named desc, m.name_key")
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("since", at(since))
                .query((rs, n) -> new SharedMention(MentionKind.valueOf(rs.getString("kind")),
                        rs.getString("name_key"), rs.getString("name"), rs.getLong("children"),
                        rs.getLong("interviews"), rs.getLong("flagged"), instant(rs, "last_named")))
                .list();
    }

    List<MentionInstance> mentionInstances(CaseScope scope, Instant since, MentionKind kind, String key) {
        return jdbc.sql("select c.id as child_id, " + CHILD_NAME + " as child_name, s.display_name, e.id as episode_id,"
                        + " e.missing_from, ri.held_at, m.name " + MENTIONS_FROM + MENTIONS_WHERE + " and m.kind = :kind and m.name_key = :key order by e.missing_from desc, e.id")
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("since", at(since)).param("kind", kind.name()).param("key", key)
                .query((rs, n) -> new MentionInstance(uuid(rs, "child_id"), rs.getString("child_name"),
                        rs.getString("display_name"), uuid(rs, "episode_id"), instant(rs, "missing_from"),
                        nullableInstant(rs, "held_at"), rs.getString("name")))
                .list();
    }

    /** Names already written in the caller's children's interviews, the most used first, one spelling each. */
    List<String> knownNames(CaseScope scope, MentionKind kind, int limit) {
        return jdbc.sql("""
                        select min(m.name) as name, count(*) as uses
                        from return_interview_mention m
                        join return_interview ri on ri.id = m.interview_id
                        join missing_episode e on e.id = ri.episode_id
                        join child c on c.id = e.child_id
                        where %s and m.kind = :kind
                        group by m.name_key
                        order by uses desc, name
                        limit :limit""".formatted(IN_SCOPE))
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("kind", kind.name()).param("limit", limit)
                .query((rs, n) -> rs.getString("name"))
                .list();
    }

    /** Per team, every team given (with zeros), episodes that began in [from, to). */
    List<TeamMissingFigures> teamFigures(Set<Long> teamIds, Instant from, Instant to) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.id, t.name, count(e.id) as episodes,
                               sum(case when ri.offered_at is not null then 1 else 0 end) as offered,
                               sum(case when ri.outcome = 'HELD' then 1 else 0 end) as held,
                               sum(case when ri.outcome = 'HELD' and ri.within_deadline = true then 1 else 0 end) as in_time,
                               sum(case when ri.outcome = 'DECLINED' then 1 else 0 end) as declined,
                               sum(case when ri.outcome = 'NOT_HELD' then 1 else 0 end) as not_held
                        from team t
                        left join child c on c.team_id = t.id
                        left join missing_episode e on e.child_id = c.id
                             and e.missing_from >= :from and e.missing_from < :to
                        left join return_interview ri on ri.episode_id = e.id
                        where t.id in (:teamIds)
                        group by t.id, t.name
                        order by t.name""")
                .param("teamIds", teamIds).param("from", at(from)).param("to", at(to))
                .query((rs, n) -> new TeamMissingFigures(rs.getLong("id"), rs.getString("name"),
                        rs.getLong("episodes"), rs.getLong("offered"), rs.getLong("held"), rs.getLong("in_time"),
                        rs.getLong("declined"), rs.getLong("not_held")))
                .list();
    }

    /** Episodes of looked-after children and care leavers that overlap [from, to), for the SSDA903 file. */
    List<ExportRow> exportRows(CaseScope scope, Instant from, Instant to) {
        return jdbc.sql("""
                        select c.id, c.date_of_birth, c.category, e.missing_from, e.returned_at, ri.outcome, ri.offered_at
                        from missing_episode e
                        join child c on c.id = e.child_id
                        left join return_interview ri on ri.episode_id = e.id
                        where %s and c.category in ('CLA', 'CARE_LEAVER')
                          and e.missing_from < :to and (e.returned_at is null or e.returned_at >= :from)
                        order by c.id, e.missing_from""".formatted(IN_SCOPE))
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("from", at(from)).param("to", at(to))
                .query((rs, n) -> new ExportRow(uuid(rs, "id"), rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("category"), instant(rs, "missing_from"), nullableInstant(rs, "returned_at"),
                        rs.getString("outcome"), nullableInstant(rs, "offered_at")))
                .list();
    }

    /** Active staff who may hold a return interview, by name, with their team. */
    List<StaffOption> interviewers() {
        return jdbc.sql("""
                        select s.id, s.display_name, t.name as team_name from staff s left join team t on t.id = s.team_id
                        where s.active = true and s.role in ('SOCIAL_WORKER', 'PERSONAL_ADVISER', 'TEAM_MANAGER')
                        order by s.display_name, s.id""")
                .query((rs, n) -> new StaffOption(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("team_name")))
                .list();
    }

    boolean isActiveStaff(long staffId) {
        return jdbc.sql("select count(*) from staff where id = :id and active = true and role <> 'ADMIN'")
                .param("id", staffId).query(Long.class).single() > 0;
    }

    /** Twelve calendar months back in the council's time zone. */
    static Instant twelveMonthsBefore(Instant now) {
        return now.atZone(Dates.ZONE).minusMonths(12).toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}

package org.waypoint.sync;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.waypoint.children.CaseScope;

/** The processed mutations and conflict copies, in portable SQL for H2 and PostgreSQL. */
@Repository
class SyncLog {

    private static final String IN_SCOPE = "(c.allocated_worker_id = :staffId or c.team_id in (:teamIds))";

    private final JdbcClient jdbc;
    private final boolean postgres;

    SyncLog(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
    }

    /**
     * On PostgreSQL, lets the current transaction commit without waiting for its WAL to reach the disk (about 2 ms a
     * commit, most of a change's cost): a crash straight after could lose it, but only with its processed id, so the
     * device's retry applies it then. {@link #durable} is called before the device is answered.
     */
    void commitWithoutWaiting() {
        if (postgres) {
            jdbc.sql("set local synchronous_commit to off").update();
        }
    }

    /**
     * Rewrites one processed row in a transaction that commits the usual way, waiting for the disk: the WAL is
     * written in order, so every change committed before it is then on disk too. Call it in its own transaction.
     */
    boolean durable(UUID lastRecorded) {
        return jdbc.sql("update sync_mutation set processed_at = processed_at where mutation_id = :id")
                .param("id", lastRecorded).update() == 1;
    }

    record Processed(UUID mutationId, long staffId, MutationOutcome outcome, @Nullable String reason,
                     @Nullable Long version, @Nullable UUID conflictId) {
    }

    record Conflict(UUID id, UUID mutationId, long staffId, UUID childId, String childName, String type,
                    UUID entityId, @Nullable Long baseVersion, @Nullable Long serverVersion, String payload,
                    String reason, Instant createdAt) {
    }

    Map<UUID, Processed> processed(Collection<UUID> mutationIds) {
        if (mutationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select mutation_id, staff_id, outcome, reason, version, conflict_id from sync_mutation "
                        + "where mutation_id in (:ids)")
                .param("ids", mutationIds)
                .query((rs, n) -> new Processed(rs.getObject("mutation_id", UUID.class), rs.getLong("staff_id"),
                        MutationOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"),
                        rs.getObject("version", Long.class), rs.getObject("conflict_id", UUID.class)))
                .list().stream().collect(Collectors.toMap(Processed::mutationId, Function.identity()));
    }

    /** Throws {@code DuplicateKeyException} when the id was processed meanwhile (another node, another request). */
    void processed(UUID mutationId, String deviceId, long staffId, String type, UUID entityId,
                   MutationOutcome outcome, @Nullable String reason, @Nullable Long version,
                   @Nullable UUID conflictId, Instant at) {
        jdbc.sql("insert into sync_mutation (mutation_id, device_id, staff_id, mutation_type, entity_id, outcome, "
                        + "reason, version, conflict_id, processed_at) values (:id, :device, :staff, :type, :entity, "
                        + ":outcome, :reason, :version, :conflict, :at)")
                .param("id", mutationId).param("device", deviceId).param("staff", staffId).param("type", type)
                .param("entity", entityId).param("outcome", outcome.name())
                .param("reason", reason == null ? null : cut(reason)).param("version", version)
                .param("conflict", conflictId).param("at", utc(at))
                .update();
    }

    void conflict(UUID id, UUID mutationId, long staffId, UUID childId, String type, UUID entityId,
                  @Nullable Long baseVersion, @Nullable Long serverVersion, String payload, String reason, Instant at) {
        jdbc.sql("insert into sync_conflict (id, mutation_id, staff_id, child_id, mutation_type, entity_id, "
                        + "base_version, server_version, payload, reason, created_at) values (:id, :mutation, :staff, "
                        + ":child, :type, :entity, :base, :server, :payload, :reason, :at)")
                .param("id", id).param("mutation", mutationId).param("staff", staffId).param("child", childId)
                .param("type", type).param("entity", entityId).param("base", baseVersion)
                .param("server", serverVersion).param("payload", payload).param("reason", cut(reason))
                .param("at", utc(at))
                .update();
    }

    private static final String CONFLICT_COLUMNS = "select k.id, k.mutation_id, k.staff_id, k.child_id, "
            + "c.given_name || ' ' || c.family_name as child_name, k.mutation_type, k.entity_id, k.base_version, "
            + "k.server_version, k.payload, k.reason, k.created_at from sync_conflict k join child c on c.id = k.child_id ";

    List<Conflict> openConflictsOf(long staffId) {
        return jdbc.sql(CONFLICT_COLUMNS + "where k.staff_id = :staff and k.resolved_at is null order by k.created_at, k.id")
                .param("staff", staffId).query(SyncLog::conflict).list();
    }

    Optional<Conflict> openConflict(UUID id, long staffId) {
        return jdbc.sql(CONFLICT_COLUMNS + "where k.id = :id and k.staff_id = :staff and k.resolved_at is null")
                .param("id", id).param("staff", staffId).query(SyncLog::conflict).optional();
    }

    boolean resolve(UUID id, long staffId, String resolution, Instant at) {
        return jdbc.sql("update sync_conflict set resolved_at = :at, resolved_by = :staff, resolution = :resolution "
                        + "where id = :id and resolved_at is null")
                .param("at", utc(at)).param("staff", staffId).param("resolution", resolution).param("id", id)
                .update() == 1;
    }

    /** Unresolved conflict copies on the children in scope, counted in the database. */
    long openConflicts(CaseScope scope) {
        return jdbc.sql("select count(*) from sync_conflict k join child c on c.id = k.child_id "
                        + "where k.resolved_at is null and " + IN_SCOPE)
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query(Long.class).single();
    }

    private static Conflict conflict(ResultSet rs, int row) throws SQLException {
        return new Conflict(rs.getObject("id", UUID.class), rs.getObject("mutation_id", UUID.class),
                rs.getLong("staff_id"), rs.getObject("child_id", UUID.class), rs.getString("child_name"),
                rs.getString("mutation_type"), rs.getObject("entity_id", UUID.class),
                rs.getObject("base_version", Long.class), rs.getObject("server_version", Long.class),
                rs.getString("payload"), rs.getString("reason"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}

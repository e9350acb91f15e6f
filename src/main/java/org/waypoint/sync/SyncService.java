package org.waypoint.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.waypoint.children.BatchAccess;
import org.waypoint.children.ChildAccess;
import org.waypoint.children.RecordAction;
import org.waypoint.common.ConflictException;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.Problems;
import org.waypoint.common.StaleVersionException;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the changes a device queued offline through the feature's service, and records each mutation id with its
 * outcome in the same transaction as the change: a retry, on any node, answers {@code duplicate} with the first
 * outcome and changes nothing. One change's failure undoes no other. Also the conflict copies: listing, comparing,
 * choosing.
 * <p>
 * A request of hundreds of changes stays quick (decision 0070): changes that apply are committed in groups
 * ({@link #applyGroup}), the caller's teams and each child's placement are looked up once for the request
 * ({@link BatchAccess}), the ids sent before are found in one query, and on PostgreSQL the commits do not wait for
 * the disk one by one; a last commit waits for all of them before the device is answered.
 */
@Service
@PreAuthorize(Roles.CASE_ROLES)
public class SyncService {

    public static final int MAX_MUTATIONS = 1000;
    /** Changes applied together in one transaction while all apply (see {@link #applyGroup}). */
    static final int FIRST_GROUP = 8;
    static final int MAX_GROUP = 50;
    static final int DEVICE_ID_LENGTH = 100;
    static final int TYPE_LENGTH = 40;
    static final String CONFLICT_RECORD = "SYNC_CONFLICT";
    private static final String NO_ACCESS = "You cannot change this record: you no longer work with this child, "
            + "or the record was removed";

    private final Map<String, SyncHandler> handlers;
    private final SyncLog log;
    private final ChildAccess access;
    private final BatchAccess batch;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SyncService(List<SyncHandler> handlers, SyncLog log, ChildAccess access, BatchAccess batch, JsonMapper json,
                PlatformTransactionManager transactions, Clock clock) {
        this.handlers = handlers.stream().collect(Collectors.toMap(SyncHandler::type, Function.identity()));
        this.log = log;
        this.access = access;
        this.batch = batch;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** One result per mutation, in the order sent. */
    public List<MutationResult> sync(@Nullable String deviceId, @Nullable List<Mutation> mutations) {
        new Problems()
                .requireText(deviceId, "deviceId", "The device id", DEVICE_ID_LENGTH)
                .require(mutations != null, "mutations", "Send the list of changes, even if it is empty")
                .require(mutations == null || mutations.size() <= MAX_MUTATIONS, "mutations",
                        "Send at most " + MAX_MUTATIONS + " changes at a time")
                .throwIfAny();
        long me = CurrentUser.get().staffId();
        Map<UUID, SyncLog.Processed> done = new HashMap<>(log.processed(mutations.stream()
                .map(Mutation::mutationId).filter(id -> id != null).distinct().toList()));
        Request request = new Request(deviceId, me);
        return batch.run(me, () -> {
            List<MutationResult> results = new ArrayList<>(mutations.size());
            List<Mutation> group = new ArrayList<>();
            for (Mutation m : mutations) {
                boolean seen = m.mutationId() != null && (done.containsKey(m.mutationId())
                        || group.stream().anyMatch(g -> m.mutationId().equals(g.mutationId())));
                boolean incomplete = !complete(m).isEmpty();
                if (seen || incomplete || group.size() == request.groupSize) {
                    results.addAll(applyGroup(request, group, done));
                    group.clear();
                }
                if (seen) {
                    results.add(duplicate(done.get(m.mutationId()), me));
                } else if (incomplete) {
                    results.add(remember(done, me, m, process(request, m)));
                } else {
                    group.add(m);
                }
            }
            results.addAll(applyGroup(request, group, done));
            UUID last = request.lastRecorded;
            if (last != null) {
                inTransaction(() -> log.durable(last));
            }
            return results;
        });
    }

    private static MutationResult remember(Map<UUID, SyncLog.Processed> done, long me, Mutation m,
                                           MutationResult result) {
        if (result.status() != MutationOutcome.DUPLICATE && m.mutationId() != null) {
            done.put(m.mutationId(), new SyncLog.Processed(m.mutationId(), me, result.status(), result.reason(),
                    result.version(), result.conflictId()));
        }
        return result;
    }

    /**
     * Applies consecutive changes in one transaction, which saves most of a change's cost when all of them apply.
     * If any is refused, meets a conflict or fails, nothing of the group is kept and each is processed alone, as
     * one change's failure must not undo the others; the next group is then small again and grows while all apply.
     */
    private List<MutationResult> applyGroup(Request request, List<Mutation> group,
                                            Map<UUID, SyncLog.Processed> done) {
        if (group.isEmpty()) {
            return List.of();
        }
        List<MutationResult> together = group.size() > 1 ? together(request, group) : null;
        List<MutationResult> results = together != null ? together
                : group.stream().map(m -> process(request, m)).toList();
        boolean allApplied = results.stream().allMatch(r -> r.status() == MutationOutcome.APPLIED);
        request.groupSize = allApplied ? Math.min(request.groupSize * 2, MAX_GROUP) : 1;
        for (int i = 0; i < group.size(); i++) {
            remember(done, request.me, group.get(i), results.get(i));
        }
        return results;
    }

    private @Nullable List<MutationResult> together(Request request, List<Mutation> group) {
        try {
            return inChangeTransaction(request, group.getLast().mutationId(),
                    () -> group.stream().map(m -> applied(request, m)).toList());
        } catch (RuntimeException e) {
            // rolled back whole; each is then processed alone, where the one that failed gets its own outcome
            return null;
        }
    }

    /** One sync request: who sent it from which device, and the last change it recorded, to wait for at the end. */
    private static final class Request {
        private final String deviceId;
        private final long me;
        private int groupSize = FIRST_GROUP;
        private @Nullable UUID lastRecorded;

        Request(String deviceId, long me) {
            this.deviceId = deviceId;
            this.me = me;
        }
    }

    private static MutationResult duplicate(SyncLog.Processed before, long me) {
        if (before.staffId() != me) {
            // Someone else's id: say nothing about what it did.
            return MutationResult.rejected(before.mutationId(), "This change id was already used", List.of());
        }
        return new MutationResult(before.mutationId(), MutationOutcome.DUPLICATE, before.outcome(), before.reason(),
                List.of(), before.version(), before.conflictId());
    }

    /** What is missing from the change's envelope, if anything. */
    private List<FieldProblem> complete(Mutation m) {
        return new Problems()
                .require(m.mutationId() != null, "mutationId", "Give each change its own id (a UUID)")
                .require(m.type() != null && handlers.containsKey(m.type()), "type",
                        "The kind of change must be one of " + String.join(", ", handlers.keySet().stream().sorted().toList()))
                .require(m.entityId() != null, "entityId", "Say which record the change is for")
                .require(m.payload() != null && m.payload().isObject(), "payload", "Send the change as an object")
                .list();
    }

    private MutationResult process(Request request, Mutation m) {
        List<FieldProblem> incomplete = complete(m);
        if (!incomplete.isEmpty()) {
            // Not recorded: without a known kind and record there is nothing to recognise on a retry.
            return MutationResult.rejected(m.mutationId(), "The change is incomplete", incomplete);
        }
        SyncHandler handler = handlers.get(m.type());
        UUID id = m.mutationId();
        try {
            return inChangeTransaction(request, id, () -> applied(request, m));
        } catch (DuplicateKeyException e) {
            return replayedMeanwhile(id, request.me, e);
        } catch (StaleVersionException e) {
            return keepAsConflict(request, m, handler, e.getMessage(), e.currentVersion());
        } catch (ConflictException e) {
            return keepAsConflict(request, m, handler, e.getMessage(), null);
        } catch (OptimisticLockingFailureException e) {
            // A save on a screen met this change at the version column: the same as a stale base version.
            return keepAsConflict(request, m, handler, "This record was changed by someone else at the same moment",
                    null);
        } catch (InvalidInputException e) {
            return reject(request, m, "The change was not saved: " + e.problems().getFirst().message(),
                    e.problems());
        } catch (NotFoundException | AccessDeniedException e) {
            return reject(request, m, NO_ACCESS, List.of());
        } catch (JacksonException e) {
            return reject(request, m, "The change could not be read",
                    List.of(FieldProblem.of("payload" + path(e), "This value is not of the expected kind")));
        }
    }

    /** Applies the change through its feature's service and records its id, in the caller's transaction. */
    private MutationResult applied(Request request, Mutation m) {
        long version = handlers.get(m.type()).apply(m.entityId(), m.baseVersion(), m.payload());
        log.processed(m.mutationId(), request.deviceId, request.me, m.type(), m.entityId(), MutationOutcome.APPLIED,
                null, version, null, clock.instant());
        return new MutationResult(m.mutationId(), MutationOutcome.APPLIED, null, null, List.of(), version, null);
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
    }

    private MutationResult keepAsConflict(Request request, Mutation m, SyncHandler handler, String reason,
                                          @Nullable Long serverVersion) {
        UUID conflictId = UUID.randomUUID();
        try {
            return inChangeTransaction(request, m.mutationId(), () -> {
                UUID childId = handler.childOf(m.entityId());
                log.processed(m.mutationId(), request.deviceId, request.me, m.type(), m.entityId(),
                        MutationOutcome.CONFLICT, reason, serverVersion, conflictId, clock.instant());
                log.conflict(conflictId, m.mutationId(), request.me, childId, m.type(), m.entityId(), m.baseVersion(),
                        serverVersion, json.writeValueAsString(m.payload()), reason, clock.instant());
                access.recorded(childId, CONFLICT_RECORD, conflictId, RecordAction.CREATE);
                return new MutationResult(m.mutationId(), MutationOutcome.CONFLICT, null, reason, List.of(),
                        serverVersion, conflictId);
            });
        } catch (DuplicateKeyException e) {
            return replayedMeanwhile(m.mutationId(), request.me, e);
        } catch (NotFoundException | AccessDeniedException e) {
            return reject(request, m, NO_ACCESS, List.of());
        }
    }

    private MutationResult reject(Request request, Mutation m, String reason, List<FieldProblem> problems) {
        try {
            return inChangeTransaction(request, m.mutationId(), () -> {
                log.processed(m.mutationId(), request.deviceId, request.me, m.type(), m.entityId(),
                        MutationOutcome.REJECTED, reason, null, null, clock.instant());
                return MutationResult.rejected(m.mutationId(), reason, problems);
            });
        } catch (DuplicateKeyException e) {
            return replayedMeanwhile(m.mutationId(), request.me, e);
        }
    }

    /** The same id was processed by a concurrent request (on this node or another) after we looked. */
    private MutationResult replayedMeanwhile(UUID mutationId, long me, DuplicateKeyException e) {
        SyncLog.Processed before = log.processed(List.of(mutationId)).get(mutationId);
        if (before == null) {
            throw e;
        }
        return duplicate(before, me);
    }

    /**
     * Applies or records one change of the request in its own transaction, whose commit does not wait for the disk:
     * the request waits once for all of them at the end ({@link SyncLog#durable}).
     */
    private <T> T inChangeTransaction(Request request, UUID mutationId, Supplier<T> work) {
        T result = inTransaction(() -> {
            log.commitWithoutWaiting();
            return work.get();
        });
        request.lastRecorded = mutationId;
        return result;
    }

    private <T> T inTransaction(Supplier<T> work) {
        T result = transaction.execute(status -> work.get());
        if (result == null) {
            throw new IllegalStateException("A sync step returned nothing");
        }
        return result;
    }

    // --- conflict copies

    /** The caller's own unresolved conflict copies, oldest first. */
    public List<ConflictCopy> myConflicts() {
        return log.openConflictsOf(CurrentUser.get().staffId()).stream().map(this::copy).toList();
    }

    /** Both versions side by side; only the practitioner who made the offline change sees it. */
    public ConflictComparison compare(UUID conflictId) {
        SyncLog.Conflict conflict = openConflict(conflictId);
        SyncHandler handler = handlers.get(conflict.type());
        JsonNode payload = json.readTree(conflict.payload());
        SyncHandler.Current current = handler.current(conflict.entityId(), payload);
        return new ConflictComparison(copy(conflict), current.version(), current.fields(), handler.describe(payload));
    }

    /** Keeps the version on the server; the offline change is set aside (kept, resolved). */
    public void keepServerVersion(UUID conflictId) {
        SyncLog.Conflict conflict = openConflict(conflictId);
        inTransaction(() -> {
            access.requireWrite(conflict.childId());
            log.resolve(conflictId, conflict.staffId(), "KEPT_SERVER", clock.instant());
            access.recorded(conflict.childId(), CONFLICT_RECORD, conflictId, RecordAction.UPDATE);
            return true;
        });
    }

    /**
     * Writes the offline change over the version the practitioner just compared it with, through the feature's
     * service; if that moved on again, a {@code StaleVersionException} says so and the copy stays open.
     */
    public long useMine(UUID conflictId, long comparedVersion) {
        SyncLog.Conflict conflict = openConflict(conflictId);
        SyncHandler handler = handlers.get(conflict.type());
        return inTransaction(() -> {
            long version = handler.apply(conflict.entityId(), comparedVersion, json.readTree(conflict.payload()));
            log.resolve(conflictId, conflict.staffId(), "USED_MINE", clock.instant());
            access.recorded(conflict.childId(), CONFLICT_RECORD, conflictId, RecordAction.UPDATE);
            return version;
        });
    }

    /** Unresolved conflict copies on the children the caller oversees, for the manager's view. */
    public long openConflictsInScope() {
        return log.openConflicts(access.scope());
    }

    private SyncLog.Conflict openConflict(UUID conflictId) {
        return log.openConflict(conflictId, CurrentUser.get().staffId())
                .orElseThrow(() -> new NotFoundException("Conflict"));
    }

    private ConflictCopy copy(SyncLog.Conflict c) {
        return new ConflictCopy(c.id(), c.childId(), c.childName(), handlers.get(c.type()).label(), c.reason(),
                c.createdAt());
    }
}

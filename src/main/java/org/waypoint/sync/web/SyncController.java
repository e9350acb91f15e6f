package org.waypoint.sync.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.sync.ConflictCopy;
import org.waypoint.sync.Mutation;
import org.waypoint.sync.MutationResult;
import org.waypoint.sync.SyncService;

/**
 * Offline sync. A device sends what it queued; each change answers {@code applied}, {@code duplicate} (sent before:
 * the first outcome in {@code original}), {@code conflict} (kept as a copy beside the newer version) or
 * {@code rejected} (with the reason and the fields). Always 200 when the envelope is sound, whatever each change did.
 */
@RestController
@RequestMapping("/api/v1")
class SyncController {

    private final SyncService sync;

    SyncController(SyncService sync) {
        this.sync = sync;
    }

    record SyncRequest(@Nullable String deviceId, @Nullable List<Mutation> mutations) {
    }

    record SyncResponse(List<MutationResult> results) {
    }

    @PostMapping("/sync")
    SyncResponse sync(@RequestBody SyncRequest request) {
        return new SyncResponse(sync.sync(request.deviceId(), request.mutations()));
    }

    /** The caller's unresolved conflict copies. */
    @GetMapping("/sync/conflicts")
    List<ConflictCopy> conflicts() {
        return sync.myConflicts();
    }
}

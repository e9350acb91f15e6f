package org.waypoint.sync.web;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.security.Roles;
import org.waypoint.sync.Mutation;
import org.waypoint.sync.SyncService;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the offline screens (React, {@code frontend/views/offline.tsx}) call when they have a signal: the return
 * interviews due for the caller, to keep on the device, and the sync of the queued changes.
 */
@BrowserCallable
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
public class OfflineEndpoint {

    static final int KEPT_OFFLINE = 200;

    private final MissingEpisodeService missing;
    private final SyncService sync;
    private final JsonMapper json;

    OfflineEndpoint(MissingEpisodeService missing, SyncService sync, JsonMapper json) {
        this.missing = missing;
        this.sync = sync;
        this.json = json;
    }

    public record OfflineEpisode(UUID episodeId, String childName, Instant returnedAt) {
    }

    /** A queued change; the payload as JSON text, as the device stored it. */
    public record OfflineChange(UUID mutationId, String type, UUID entityId, @Nullable Long baseVersion,
                                String payload) {
    }

    public record OfflineResult(@Nullable UUID mutationId, String status, @Nullable String reason) {
    }

    public List<OfflineEpisode> interviewsDue() {
        return missing.dueInterviews(PageRequest.of(0, KEPT_OFFLINE)).getContent().stream()
                .map(d -> new OfflineEpisode(d.episodeId(), d.childName(), d.returnedAt()))
                .toList();
    }

    public List<OfflineResult> sync(String deviceId, List<OfflineChange> changes) {
        return sync.sync(deviceId, changes.stream()
                        .map(c -> new Mutation(c.mutationId(), c.type(), c.entityId(), c.baseVersion(),
                                json.readTree(c.payload())))
                        .toList()).stream()
                .map(r -> new OfflineResult(r.mutationId(), r.status().name().toLowerCase(), r.reason()))
                .toList();
    }
}

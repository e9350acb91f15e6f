package org.waypoint.sync.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.sync.OfflinePack;
import org.waypoint.sync.OfflineService;

/**
 * What the offline screens ({@code frontend/views/offline.tsx}) take away. The session's CSRF token comes back in
 * headers: a page the service worker served with no signal may carry an older one, and the sync needs the current.
 */
@RestController
@RequestMapping("/api/v1/offline")
class OfflineController {

    private final OfflineService offline;

    OfflineController(OfflineService offline) {
        this.offline = offline;
    }

    /** The caller's own caseload, kept offline unless the practitioner chooses otherwise. */
    @GetMapping("/choices")
    List<OfflinePack.Choice> choices() {
        return offline.choices();
    }

    /** The named children (repeat {@code child}), or the caller's caseload when none are named. */
    @GetMapping("/pack")
    ResponseEntity<OfflinePack> pack(@RequestParam(name = "child", required = false) @Nullable List<UUID> children,
                                     @Nullable CsrfToken csrf) {
        var response = ResponseEntity.ok().cacheControl(CacheControl.noStore());
        if (csrf != null) {
            response.header("X-Waypoint-Csrf-Header", csrf.getHeaderName()).header("X-Waypoint-Csrf", csrf.getToken());
        }
        return response.body(offline.pack(children == null ? List.of() : children));
    }
}

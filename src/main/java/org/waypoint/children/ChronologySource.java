package org.waypoint.children;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by each feature that writes to a child's story (allocation changes, supervision case discussions,
 * missing episodes, plans), so the child's chronology merges them without the children feature knowing those
 * features. A new source joins by being a Spring bean.
 *
 * <p>Implementations compute their entries in SQL and apply {@code scope} in the same query
 * ({@code (c.allocated_worker_id = :staffId or c.team_id in (:teamIds))} on the child), so nothing leaks even if
 * called without the check {@link ChronologyService} makes first; an entry pointing to a record the reader may not
 * open carries no link.
 */
public interface ChronologySource {

    /** The kinds of entry this source writes ("Missing episode"), which readers filter on. */
    List<String> kinds();

    List<ChronologyEntry> entries(UUID childId, CaseScope scope);
}

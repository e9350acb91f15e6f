package org.waypoint.children;

import org.jspecify.annotations.Nullable;

/**
 * Narrows the children a user may see. All parts are optional.
 *
 * @param search part of the child's name
 * @param workerId only children allocated to this worker
 */
public record ChildFilter(@Nullable String search, @Nullable Long teamId, @Nullable Category category,
                          @Nullable Long workerId, boolean unallocatedOnly, boolean includeClosed) {

    public static ChildFilter open() {
        return new ChildFilter(null, null, null, null, false, false);
    }

    public ChildFilter withSearch(@Nullable String text) {
        return new ChildFilter(text, teamId, category, workerId, unallocatedOnly, includeClosed);
    }

    public ChildFilter withTeam(@Nullable Long team) {
        return new ChildFilter(search, team, category, workerId, unallocatedOnly, includeClosed);
    }

    public ChildFilter withCategory(@Nullable Category value) {
        return new ChildFilter(search, teamId, value, workerId, unallocatedOnly, includeClosed);
    }

    public ChildFilter withWorker(@Nullable Long worker) {
        return new ChildFilter(search, teamId, category, worker, unallocatedOnly, includeClosed);
    }

    public ChildFilter withUnallocatedOnly(boolean value) {
        return new ChildFilter(search, teamId, category, workerId, value, includeClosed);
    }
}

package org.waypoint.children;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A batch of changes by one caller in one request (offline sync): the caller's overseen teams and each child's
 * placement are looked up once for the batch instead of once a change. {@link ChildAccess} still checks every change
 * against them; only the lookups are shared, as they were when the batch first needed them.
 */
@Component
public class BatchAccess {

    private final ThreadLocal<@Nullable Lookups> current = new ThreadLocal<>();

    private static final class Lookups {
        private final long staffId;
        private @Nullable Set<Long> overseen;
        private final Map<UUID, ChildPlacement> placements = new HashMap<>();

        Lookups(long staffId) {
            this.staffId = staffId;
        }
    }

    /** Runs the batch; lookups are shared within it (a batch inside a batch joins the outer one). */
    public <T> T run(long staffId, Supplier<T> batch) {
        if (current.get() != null) {
            return batch.get();
        }
        current.set(new Lookups(staffId));
        try {
            return batch.get();
        } finally {
            current.remove();
        }
    }

    Set<Long> overseen(long staffId, Supplier<Set<Long>> lookup) {
        Lookups lookups = current.get();
        if (lookups == null || lookups.staffId != staffId) {
            return lookup.get();
        }
        if (lookups.overseen == null) {
            lookups.overseen = lookup.get();
        }
        return lookups.overseen;
    }

    /** A child not found is looked up again next time: it may be registered meanwhile, and it is rare. */
    Optional<ChildPlacement> placement(UUID childId, Function<UUID, Optional<ChildPlacement>> lookup) {
        Lookups lookups = current.get();
        if (lookups == null) {
            return lookup.apply(childId);
        }
        ChildPlacement known = lookups.placements.get(childId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ChildPlacement> found = lookup.apply(childId);
        found.ifPresent(p -> lookups.placements.put(childId, p));
        return found;
    }
}

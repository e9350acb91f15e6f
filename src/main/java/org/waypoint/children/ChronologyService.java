package org.waypoint.children;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.common.InvalidInputException;
import org.waypoint.security.Roles;

/** The child's chronology: every feature's events about the child, merged, newest first. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_ROLES)
public class ChronologyService {

    /** Audit trail record type of a chronology read or print. */
    public static final String RECORD_TYPE = "CHRONOLOGY";

    private final ChildAccess access;
    private final List<ChronologySource> sources;

    ChronologyService(ChildAccess access, List<ChronologySource> sources) {
        this.access = access;
        this.sources = sources;
    }

    /**
     * The child's chronology, newest first, limited to {@code kinds} when any are given; 404 for a child the caller
     * may not see. Each read is audited.
     */
    public List<ChronologyEntry> chronology(UUID childId, Collection<String> kinds) {
        List<String> known = kinds();
        kinds.stream().filter(kind -> !known.contains(kind)).findFirst().ifPresent(kind -> {
            throw new InvalidInputException("kind", "Choose from: " + String.join(", ", known));
        });
        access.read(childId, RECORD_TYPE, childId);
        CaseScope scope = access.scope();
        return sources.stream()
                .flatMap(source -> source.entries(childId, scope).stream())
                .filter(entry -> kinds.isEmpty() || kinds.contains(entry.kind()))
                .sorted(ChronologyEntry.NEWEST_FIRST)
                .toList();
    }

    /** Every kind of entry a chronology may hold, alphabetically. */
    public List<String> kinds() {
        return sources.stream().flatMap(source -> source.kinds().stream()).distinct().sorted().toList();
    }

    /** Records that the caller printed the child's chronology (for a review meeting, say). */
    public void printed(UUID childId) {
        access.visible(childId);
        access.recorded(childId, RECORD_TYPE, childId, RecordAction.PRINT);
    }
}

package org.waypoint.children;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.common.NotFoundException;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.security.CurrentUser;

/**
 * The single place that answers "may this person see or change this child?" for every feature and entry point,
 * and that records each answer used in the audit trail. Records the caller may not see are "not found", never
 * "forbidden", so ids reveal nothing.
 */
@Service
@Transactional(readOnly = true)
public class ChildAccess {

    private final ChildRepository children;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final BatchAccess batch;

    ChildAccess(ChildRepository children, OrganisationService organisation, ApplicationEventPublisher events,
                BatchAccess batch) {
        this.children = children;
        this.organisation = organisation;
        this.events = events;
        this.batch = batch;
    }

    /** The current user's children, as a query condition. */
    public CaseScope scope() {
        CurrentUser user = CurrentUser.get();
        return CaseAccessPolicy.scope(user, overseen(user));
    }

    /** Checks the current user may read the child and records that they read {@code recordType}. */
    public ChildPlacement read(UUID childId, String recordType, @Nullable Object recordId) {
        ChildPlacement child = requireVisible(childId);
        recorded(childId, recordType, recordId, RecordAction.VIEW);
        return child;
    }

    /**
     * Checks the current user may change the child's record (practitioners and managers who can see it). Call
     * {@link #recorded} once the change is made.
     */
    public ChildPlacement requireWrite(UUID childId) {
        return requireVisible(childId);
    }

    /**
     * Checks the current user may see the child, without recording a view: for parts of a page whose opening was
     * recorded already.
     */
    public ChildPlacement visible(UUID childId) {
        return requireVisible(childId);
    }

    /** Checks the current user manages the child's team: 404 if they cannot see the child, 403 if they only see it. */
    public ChildPlacement requireManage(UUID childId) {
        CurrentUser user = CurrentUser.get();
        Set<Long> overseen = overseen(user);
        ChildPlacement child = placement(childId);
        if (!CaseAccessPolicy.mayRead(user, overseen, child)) {
            throw new NotFoundException("Child");
        }
        if (!CaseAccessPolicy.mayManage(user, overseen, child)) {
            throw new AccessDeniedException("Only the child's team manager or head of service may do this");
        }
        return child;
    }

    public boolean mayManage(UUID childId) {
        CurrentUser user = CurrentUser.get();
        return findPlacement(childId).map(c -> CaseAccessPolicy.mayManage(user, overseen(user), c)).orElse(false);
    }

    public boolean mayRead(UUID childId) {
        CurrentUser user = CurrentUser.get();
        return findPlacement(childId).map(c -> CaseAccessPolicy.mayRead(user, overseen(user), c)).orElse(false);
    }

    /** Adds an entry to the audit trail for something done with the child's record. */
    public void recorded(UUID childId, String recordType, @Nullable Object recordId, RecordAction action) {
        CurrentUser user = CurrentUser.get();
        events.publishEvent(new ChildRecordAccessed(childId, recordType, recordId == null ? null : recordId.toString(),
                action, user.staffId(), user.username()));
    }

    private ChildPlacement requireVisible(UUID childId) {
        CurrentUser user = CurrentUser.get();
        ChildPlacement child = placement(childId);
        if (!CaseAccessPolicy.mayRead(user, overseen(user), child)) {
            throw new NotFoundException("Child");
        }
        return child;
    }

    private ChildPlacement placement(UUID childId) {
        return findPlacement(childId).orElseThrow(() -> new NotFoundException("Child"));
    }

    private Optional<ChildPlacement> findPlacement(UUID childId) {
        return batch.placement(childId, id -> children.findById(id).map(Child::placement));
    }

    private Set<Long> overseen(CurrentUser user) {
        return batch.overseen(user.staffId(), () -> organisation.teamIdsOverseenBy(user));
    }
}

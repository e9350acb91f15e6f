package org.waypoint.children;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One period in which a team (and a worker, or nobody) held the child. */
@Entity
@Table(name = "child_allocation")
class ChildAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private UUID childId;

    private long teamId;

    private @Nullable Long workerId;

    private LocalDate validFrom;

    private @Nullable LocalDate validTo;

    private @Nullable Long changedBy;

    private Instant changedAt;

    protected ChildAllocation() {
        this.childId = new UUID(0, 0);
        this.validFrom = LocalDate.MIN;
        this.changedAt = Instant.EPOCH;
    }

    ChildAllocation(UUID childId, long teamId, @Nullable Long workerId, LocalDate validFrom, @Nullable Long changedBy,
                    Instant changedAt) {
        this.childId = childId;
        this.teamId = teamId;
        this.workerId = workerId;
        this.validFrom = validFrom;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    void end(LocalDate on) {
        this.validTo = on;
    }

    AllocationPeriod period() {
        return new AllocationPeriod(teamId, workerId, validFrom, validTo);
    }
}

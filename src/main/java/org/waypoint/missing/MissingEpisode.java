package org.waypoint.missing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "missing_episode")
class MissingEpisode {

    @Id
    private UUID id;

    private UUID childId;

    private Instant missingFrom;

    private @Nullable Instant returnedAt;

    private boolean reportedToPolice;

    private @Nullable String policeReference;

    private @Nullable String reportedBy;

    private @Nullable String whereFound;

    private long recordedBy;

    private Instant recordedAt;

    // Wrapper type: null marks a new episode, so Spring Data inserts without first selecting by the assigned id.
    @Version
    private @Nullable Long version;

    protected MissingEpisode() {
        this.id = new UUID(0, 0);
        this.childId = new UUID(0, 0);
        this.missingFrom = Instant.EPOCH;
        this.recordedAt = Instant.EPOCH;
    }

    MissingEpisode(UUID id, UUID childId, long recordedBy, Instant recordedAt) {
        this.id = id;
        this.childId = childId;
        this.missingFrom = Instant.EPOCH;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void update(Instant missingFrom, @Nullable Instant returnedAt, boolean reportedToPolice,
                @Nullable String policeReference, @Nullable String reportedBy, @Nullable String whereFound) {
        this.missingFrom = missingFrom;
        this.returnedAt = returnedAt;
        this.reportedToPolice = reportedToPolice;
        this.policeReference = policeReference;
        this.reportedBy = reportedBy;
        this.whereFound = whereFound;
    }

    UUID id() {
        return id;
    }

    UUID childId() {
        return childId;
    }

    Instant missingFrom() {
        return missingFrom;
    }

    @Nullable Instant returnedAt() {
        return returnedAt;
    }

    boolean reportedToPolice() {
        return reportedToPolice;
    }

    @Nullable String policeReference() {
        return policeReference;
    }

    @Nullable String reportedBy() {
        return reportedBy;
    }

    @Nullable String whereFound() {
        return whereFound;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** Whether this episode and the period from {@code from} to {@code to} (open-ended when null) share a moment. */
    boolean overlaps(Instant from, @Nullable Instant to) {
        boolean startsBeforeOtherEnds = to == null || missingFrom.isBefore(to);
        boolean otherStartsBeforeThisEnds = returnedAt == null || from.isBefore(returnedAt);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    Episode toRecord(@Nullable Interview interview) {
        return new Episode(id, childId, missingFrom, returnedAt, reportedToPolice, policeReference, reportedBy,
                whereFound, recordedBy, recordedAt, version(), interview);
    }
}

package org.waypoint.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** A correction or later note on a locked supervision record, optionally about one of its case discussions. */
@Entity
@Table(name = "supervision_addendum")
class Addendum implements Persistable<UUID> {

    @Id
    private UUID id;

    private UUID supervisionId;

    private @Nullable UUID caseDiscussionId;

    private String note;

    private long writtenBy;

    private Instant writtenAt;

    // Append-only with an assigned id: saved with an insert, never a select first.
    @Transient
    private boolean fresh = true;

    protected Addendum() {
        this.id = new UUID(0, 0);
        this.supervisionId = new UUID(0, 0);
        this.note = "";
        this.writtenAt = Instant.EPOCH;
    }

    Addendum(UUID supervisionId, @Nullable UUID caseDiscussionId, String note, long writtenBy, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.supervisionId = supervisionId;
        this.caseDiscussionId = caseDiscussionId;
        this.note = note;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    @Nullable UUID caseDiscussionId() {
        return caseDiscussionId;
    }

    long writtenBy() {
        return writtenBy;
    }

    AddendumEntry view(String writerName) {
        return new AddendumEntry(id, caseDiscussionId, note, writtenBy, writerName, writtenAt);
    }
}

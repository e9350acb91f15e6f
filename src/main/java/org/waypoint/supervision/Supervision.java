package org.waypoint.supervision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One supervision session as its supervisor recorded it. Editable by the manager until the supervisee acknowledges
 * it; locked from then on (corrections are {@link Addendum}s).
 */
@Entity
@Table(name = "supervision")
class Supervision {

    @Id
    private UUID id;

    private long superviseeId;

    private long supervisorId;

    private long teamId;

    private LocalDate heldOn;

    private int durationMinutes;

    private String reflectiveDiscussion;

    private String wellbeing;

    private String workload;

    @Column(name = "learning_development")
    private @Nullable String learningAndDevelopment;

    private LocalDate nextDueOn;

    private @Nullable String superviseeComments;

    private @Nullable Instant acknowledgedAt;

    private long recordedBy;

    private Instant recordedAt;

    private @Nullable Instant updatedAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "supervision_action", joinColumns = @JoinColumn(name = "supervision_id"))
    @OrderColumn(name = "position")
    private List<ActionItem> actions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "supervision_id", nullable = false)
    @BatchSize(size = 50)
    @OrderBy("position")
    private List<CaseDiscussion> caseDiscussions = new ArrayList<>();

    // Wrapper type: null marks a new record, so Spring Data inserts without first selecting by the assigned id.
    @Version
    private @Nullable Long version;

    protected Supervision() {
        this.id = new UUID(0, 0);
        this.heldOn = LocalDate.MIN;
        this.reflectiveDiscussion = "";
        this.wellbeing = "";
        this.workload = "";
        this.nextDueOn = LocalDate.MIN;
        this.recordedAt = Instant.EPOCH;
    }

    Supervision(long superviseeId, long supervisorId, long teamId, Instant recordedAt) {
        this();
        this.id = UUID.randomUUID();
        this.superviseeId = superviseeId;
        this.supervisorId = supervisorId;
        this.teamId = teamId;
        this.recordedBy = supervisorId;
        this.recordedAt = recordedAt;
    }

    /** Sets everything the supervisor writes; case discussions are replaced, so the record reads as saved. */
    void write(Content content, LocalDate nextDueOn) {
        this.heldOn = content.heldOn();
        this.durationMinutes = content.durationMinutes();
        this.reflectiveDiscussion = content.reflectiveDiscussion();
        this.wellbeing = content.wellbeing();
        this.workload = content.workload();
        this.learningAndDevelopment = content.learningAndDevelopment();
        this.actions.clear();
        this.actions.addAll(content.actions());
        this.caseDiscussions.clear();
        this.caseDiscussions.addAll(content.caseDiscussions());
        this.nextDueOn = nextDueOn;
    }

    /** What the supervisor writes, validated. */
    record Content(LocalDate heldOn, int durationMinutes, String reflectiveDiscussion, String wellbeing,
                   String workload, @Nullable String learningAndDevelopment, List<ActionItem> actions,
                   List<CaseDiscussion> caseDiscussions) {
    }

    void edited(Instant at) {
        this.updatedAt = at;
    }

    void comment(@Nullable String comments) {
        this.superviseeComments = comments;
    }

    void acknowledge(Instant at) {
        this.acknowledgedAt = at;
    }

    void nextDueOn(LocalDate day) {
        this.nextDueOn = day;
    }

    boolean locked() {
        return acknowledgedAt != null;
    }

    UUID id() {
        return id;
    }

    long superviseeId() {
        return superviseeId;
    }

    long supervisorId() {
        return supervisorId;
    }

    long teamId() {
        return teamId;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    long version() {
        return version == null ? 0 : version;
    }

    List<CaseDiscussion> caseDiscussions() {
        return caseDiscussions;
    }

    SupervisionRecord view(String superviseeName, String supervisorName, List<CaseDiscussionEntry> discussions,
                           List<AddendumEntry> addenda) {
        return new SupervisionRecord(id, superviseeId, superviseeName, supervisorId, supervisorName, teamId, heldOn,
                durationMinutes, reflectiveDiscussion, wellbeing, workload, learningAndDevelopment,
                actions.stream().map(ActionItem::view).toList(), discussions, superviseeComments, acknowledgedAt,
                addenda, nextDueOn, recordedAt, updatedAt, version());
    }
}

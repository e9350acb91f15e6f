package org.waypoint.missing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "return_interview")
class ReturnInterview {

    @Id
    private UUID id;

    private UUID episodeId;

    @Enumerated(EnumType.STRING)
    private InterviewOutcome outcome;

    private @Nullable Instant offeredAt;

    private @Nullable Instant heldAt;

    private @Nullable Boolean withinDeadline;

    private @Nullable Long interviewerId;

    private @Nullable String interviewerName;

    private boolean byAllocatedWorker;

    private @Nullable String interviewerReason;

    private @Nullable String declinedReason;

    private @Nullable String notHeldReason;

    private @Nullable Long decidedBy;

    private @Nullable String whereabouts;

    private @Nullable String withWhom;

    private @Nullable String howTravelled;

    private @Nullable String pushFactorsOther;

    private @Nullable String pullFactorsOther;

    private @Nullable String indicatorFollowUp;

    private @Nullable String childsWords;

    private boolean strategyDiscussion;

    private long recordedBy;

    private Instant recordedAt;

    private @Nullable Long updatedBy;

    private @Nullable Instant updatedAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "return_interview_factor", joinColumns = @JoinColumn(name = "interview_id"))
    @Column(name = "factor_id")
    private Set<Long> factorIds = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "return_interview_indicator", joinColumns = @JoinColumn(name = "interview_id"))
    @Column(name = "indicator")
    @Enumerated(EnumType.STRING)
    private Set<ExploitationIndicator> indicators = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "return_interview_mention", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    private List<Mention> mentions = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "return_interview_action", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    private List<ActionItem> actions = new ArrayList<>();

    @Version
    private @Nullable Long version;

    @Embeddable
    record Mention(@Enumerated(EnumType.STRING) MentionKind kind, String name, String nameKey) {
    }

    @Embeddable
    record ActionItem(String description, String owner, LocalDate dueOn) {
    }

    protected ReturnInterview() {
        this.id = new UUID(0, 0);
        this.episodeId = new UUID(0, 0);
        this.outcome = InterviewOutcome.HELD;
        this.recordedAt = Instant.EPOCH;
    }

    ReturnInterview(UUID id, UUID episodeId, long recordedBy, Instant recordedAt) {
        this.id = id;
        this.episodeId = episodeId;
        this.outcome = InterviewOutcome.HELD;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Replaces everything said in the interview with a checked version of it. */
    void apply(CheckedInterview c) {
        outcome = c.outcome();
        offeredAt = c.offeredAt();
        heldAt = c.heldAt();
        withinDeadline = c.withinDeadline();
        interviewerId = c.interviewerId();
        interviewerName = c.interviewerName();
        byAllocatedWorker = c.byAllocatedWorker();
        interviewerReason = c.interviewerReason();
        declinedReason = c.declinedReason();
        notHeldReason = c.notHeldReason();
        decidedBy = c.decidedBy();
        whereabouts = c.whereabouts();
        withWhom = c.withWhom();
        howTravelled = c.howTravelled();
        pushFactorsOther = c.pushFactorsOther();
        pullFactorsOther = c.pullFactorsOther();
        indicatorFollowUp = c.indicatorFollowUp();
        childsWords = c.childsWords();
        strategyDiscussion = c.strategyDiscussion();
        factorIds.clear();
        factorIds.addAll(c.factorIds());
        indicators.clear();
        indicators.addAll(c.indicators());
        mentions.clear();
        mentions.addAll(c.mentions());
        actions.clear();
        actions.addAll(c.actions());
    }

    void amendedBy(long staffId, Instant at) {
        this.updatedBy = staffId;
        this.updatedAt = at;
    }

    /** The return time changed: the 72-hour answer may change with it. */
    void returnTimeChanged(Instant returnedAt) {
        if (heldAt != null) {
            withinDeadline = ReturnInterviewDeadline.heldInTime(returnedAt, heldAt);
        }
    }

    UUID id() {
        return id;
    }

    UUID episodeId() {
        return episodeId;
    }

    InterviewOutcome outcome() {
        return outcome;
    }

    @Nullable Instant offeredAt() {
        return offeredAt;
    }

    @Nullable Instant heldAt() {
        return heldAt;
    }

    @Nullable Boolean withinDeadline() {
        return withinDeadline;
    }

    @Nullable Long interviewerId() {
        return interviewerId;
    }

    @Nullable String interviewerName() {
        return interviewerName;
    }

    boolean byAllocatedWorker() {
        return byAllocatedWorker;
    }

    @Nullable String interviewerReason() {
        return interviewerReason;
    }

    @Nullable String declinedReason() {
        return declinedReason;
    }

    @Nullable String notHeldReason() {
        return notHeldReason;
    }

    @Nullable Long decidedBy() {
        return decidedBy;
    }

    @Nullable String whereabouts() {
        return whereabouts;
    }

    @Nullable String withWhom() {
        return withWhom;
    }

    @Nullable String howTravelled() {
        return howTravelled;
    }

    @Nullable String pushFactorsOther() {
        return pushFactorsOther;
    }

    @Nullable String pullFactorsOther() {
        return pullFactorsOther;
    }

    @Nullable String indicatorFollowUp() {
        return indicatorFollowUp;
    }

    @Nullable String childsWords() {
        return childsWords;
    }

    boolean strategyDiscussion() {
        return strategyDiscussion;
    }

    long recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    @Nullable Long updatedBy() {
        return updatedBy;
    }

    @Nullable Instant updatedAt() {
        return updatedAt;
    }

    Set<Long> factorIds() {
        return Set.copyOf(factorIds);
    }

    Set<ExploitationIndicator> indicators() {
        return Set.copyOf(indicators);
    }

    List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    List<ActionItem> actions() {
        return List.copyOf(actions);
    }

    long version() {
        return version == null ? 0 : version;
    }
}

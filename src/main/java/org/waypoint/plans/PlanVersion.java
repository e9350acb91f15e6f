package org.waypoint.plans;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** One version of a plan: its content, who wrote and last edited it, and where it is in the workflow. */
@Entity
@Table(name = "plan_version")
class PlanVersion {

    @Id
    private UUID id;

    private UUID planId;

    private int versionNumber;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "plan_outcome", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "description")
    private List<String> outcomes = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "plan_action", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ActionRow> actions = new ArrayList<>();

    private @Nullable String contingency;
    private @Nullable String childViews;
    private @Nullable String childViewsReason;
    private @Nullable String parentViews;
    private @Nullable LocalDate nextReviewDate;

    private long authorId;
    private Instant createdAt;
    private long lastEditedBy;
    private Instant lastEditedAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant approvedAt;

    // Wrapper type: null marks a new version, so Spring Data inserts without first selecting by the assigned id.
    @Version
    private @Nullable Long version;

    protected PlanVersion() {
        this.id = new UUID(0, 0);
        this.planId = new UUID(0, 0);
        this.status = PlanStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.lastEditedAt = Instant.EPOCH;
    }

    PlanVersion(UUID id, UUID planId, int number, long authorId, Instant at) {
        this.id = id;
        this.planId = planId;
        this.versionNumber = number;
        this.status = PlanStatus.DRAFT;
        this.authorId = authorId;
        this.createdAt = at;
        this.lastEditedBy = authorId;
        this.lastEditedAt = at;
    }

    void apply(PlanContent content, long editorId, Instant at) {
        outcomes.clear();
        content.outcomes().forEach(o -> outcomes.add(o == null ? "" : o));
        actions.clear();
        content.actions().forEach(a -> actions.add(ActionRow.of(a)));
        contingency = content.contingency();
        childViews = content.childViews();
        childViewsReason = content.childViewsReason();
        parentViews = content.parentViews();
        nextReviewDate = content.nextReviewDate();
        lastEditedBy = editorId;
        lastEditedAt = at;
    }

    PlanContent content() {
        return new PlanContent(List.copyOf(outcomes), actions.stream().map(ActionRow::value).toList(), contingency,
                childViews, childViewsReason, parentViews, nextReviewDate);
    }

    void status(PlanStatus status, Instant at) {
        this.status = status;
        if (status == PlanStatus.SUBMITTED) {
            submittedAt = at;
        } else if (status == PlanStatus.APPROVED) {
            approvedAt = at;
        } else if (status == PlanStatus.DRAFT) {
            submittedAt = null;
        }
    }

    UUID id() {
        return id;
    }

    UUID planId() {
        return planId;
    }

    int number() {
        return versionNumber;
    }

    PlanStatus status() {
        return status;
    }

    long authorId() {
        return authorId;
    }

    Instant createdAt() {
        return createdAt;
    }

    long lastEditedBy() {
        return lastEditedBy;
    }

    Instant lastEditedAt() {
        return lastEditedAt;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    @Nullable Instant approvedAt() {
        return approvedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}

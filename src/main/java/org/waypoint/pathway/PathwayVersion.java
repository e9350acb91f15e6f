package org.waypoint.pathway;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.waypoint.plans.PlanAction;
import org.waypoint.plans.PlanStatus;

/** One version of a pathway plan: the ten matters, who wrote it, and where it is in the workflow. */
@Entity
@Table(name = "pathway_version")
class PathwayVersion {

    @Id
    private UUID id;
    private UUID planId;
    private int versionNumber;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "pathway_section", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "matter")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Matter, SectionRow> sections = new HashMap<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "pathway_action", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<MatterActionRow> actions = new ArrayList<>();

    private @Nullable LocalDate nextReviewDate;
    private @Nullable LocalDate reviewAskedFor;
    private long authorId;
    private Instant createdAt;
    private long lastEditedBy;
    private Instant lastEditedAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant approvedAt;
    // null marks a new version, so Spring Data inserts without first selecting by the assigned id
    @Version
    private @Nullable Long version;

    protected PathwayVersion() {
        this.id = new UUID(0, 0);
        this.planId = new UUID(0, 0);
        this.status = PlanStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.lastEditedAt = Instant.EPOCH;
    }

    PathwayVersion(UUID id, UUID planId, int number, long authorId, Instant at) {
        this.id = id;
        this.planId = planId;
        this.versionNumber = number;
        this.status = PlanStatus.DRAFT;
        this.authorId = authorId;
        this.createdAt = at;
        this.lastEditedBy = authorId;
        this.lastEditedAt = at;
    }

    void apply(PathwayContent content, long editorId, Instant at) {
        sections.clear();
        actions.clear();
        content.sections().forEach((matter, s) -> {
            sections.put(matter, new SectionRow(s.needs(), s.youngPersonViews(), s.suitable(), s.suitableReason()));
            s.actions().forEach(a -> actions.add(new MatterActionRow(matter, a)));
        });
        nextReviewDate = content.nextReviewDate();
        reviewAskedFor = content.reviewAskedFor();
        lastEditedBy = editorId;
        lastEditedAt = at;
    }

    PathwayContent content() {
        Map<Matter, List<PlanAction>> byMatter = new EnumMap<>(Matter.class);
        actions.forEach(a -> byMatter.computeIfAbsent(a.matter(), m -> new ArrayList<>()).add(a.action()));
        Map<Matter, PathwaySection> content = new EnumMap<>(Matter.class);
        sections.forEach((matter, s) -> content.put(matter, new PathwaySection(s.needs(), s.youngPersonViews(),
                byMatter.getOrDefault(matter, List.of()), s.suitable(), s.suitableReason())));
        byMatter.forEach((matter, list) -> content.putIfAbsent(matter, new PathwaySection(null, null, list, null, null)));
        return new PathwayContent(content, nextReviewDate, reviewAskedFor);
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

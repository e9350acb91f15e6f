package org.waypoint.supervision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** One child's case discussed in a supervision: the discussion, the manager's decision and why. */
@Entity
@Table(name = "case_discussion")
class CaseDiscussion {

    @Id
    private UUID id;

    private int position;

    private UUID childId;

    private LocalDate heldOn;

    private String discussion;

    private String decision;

    private String rationale;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "case_discussion_action", joinColumns = @JoinColumn(name = "case_discussion_id"))
    @OrderColumn(name = "position")
    private List<ActionItem> actions = new ArrayList<>();

    protected CaseDiscussion() {
        this.id = new UUID(0, 0);
        this.childId = new UUID(0, 0);
        this.heldOn = LocalDate.MIN;
        this.discussion = "";
        this.decision = "";
        this.rationale = "";
    }

    CaseDiscussion(int position, UUID childId, LocalDate heldOn, String discussion, String decision, String rationale,
                   List<ActionItem> actions) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.childId = childId;
        this.heldOn = heldOn;
        this.discussion = discussion;
        this.decision = decision;
        this.rationale = rationale;
        this.actions = new ArrayList<>(actions);
    }

    UUID id() {
        return id;
    }

    UUID childId() {
        return childId;
    }

    void heldOn(LocalDate day) {
        this.heldOn = day;
    }

    CaseDiscussionEntry view(String childName) {
        return new CaseDiscussionEntry(id, childId, childName, discussion, decision, rationale,
                actions.stream().map(ActionItem::view).toList());
    }
}

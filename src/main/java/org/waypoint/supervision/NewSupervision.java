package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a manager writes after a supervision session. Fields are nullable because they arrive from forms and JSON;
 * the service says what is missing.
 */
public record NewSupervision(@Nullable Long superviseeId, @Nullable LocalDate heldOn,
                             @Nullable Integer durationMinutes, @Nullable String reflectiveDiscussion,
                             @Nullable String wellbeing, @Nullable String workload,
                             @Nullable String learningAndDevelopment, @Nullable List<Action> actions,
                             @Nullable List<Discussion> caseDiscussions) {

    public record Action(@Nullable String description, @Nullable String owner, @Nullable LocalDate dueDate) {
    }

    /** One child's case: what was discussed, what the manager decided and why, and what happens next. */
    public record Discussion(@Nullable UUID childId, @Nullable String discussion, @Nullable String decision,
                             @Nullable String rationale, @Nullable List<Action> actions) {
    }
}

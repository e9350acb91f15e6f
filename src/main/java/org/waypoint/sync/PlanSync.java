package org.waypoint.sync;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waypoint.plans.PlanAction;
import org.waypoint.plans.PlanContent;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanInput;
import org.waypoint.plans.PlanService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plan edited offline; {@code entityId} is the plan version, the payload a whole {@link PlanInput}. */
@Component
class PlanSync implements SyncHandler {

    static final String TYPE = "PLAN";

    private final PlanService plans;
    private final JsonMapper json;

    PlanSync(PlanService plans, JsonMapper json) {
        this.plans = plans;
        this.json = json;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Plan";
    }

    @Override
    public long apply(UUID versionId, @Nullable Long baseVersion, JsonNode payload) {
        return plans.save(versionId, baseVersion, json.treeToValue(payload, PlanInput.class));
    }

    @Override
    public UUID childOf(UUID versionId) {
        return plans.get(versionId).childId();
    }

    @Override
    public Current current(UUID versionId, JsonNode payload) {
        PlanDetail plan = plans.get(versionId);
        PlanContent c = plan.content();
        return new Current(plan.version(), fields(c.outcomes(),
                c.actions().stream().map(PlanAction::description).toList(), c.contingency(), c.childViews(),
                c.parentViews(), c.nextReviewDate()));
    }

    @Override
    public List<Field> describe(JsonNode payload) {
        PlanInput input = json.treeToValue(payload, PlanInput.class);
        return fields(input.outcomes() == null ? null : input.outcomes().stream().map(PlanInput.Outcome::description).toList(),
                input.actions() == null ? null : input.actions().stream().map(PlanInput.Action::description).toList(),
                input.contingency(), input.childViews(), input.parentViews(), input.nextReviewDate());
    }

    private static List<Field> fields(@Nullable List<?> outcomes, @Nullable List<?> actions,
                                      @Nullable String contingency, @Nullable String childViews,
                                      @Nullable String parentViews, @Nullable Object nextReview) {
        return List.of(Field.of("Outcomes", outcomes), Field.of("Actions", actions),
                Field.of("Contingency", contingency), Field.of("The child's views", childViews),
                Field.of("Parents' views", parentViews), Field.of("Next review", nextReview));
    }
}

package org.waypoint.sync;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waypoint.common.InvalidInputException;
import org.waypoint.pathway.Matter;
import org.waypoint.pathway.PathwayDetail;
import org.waypoint.pathway.PathwayInput;
import org.waypoint.pathway.PathwaySection;
import org.waypoint.pathway.PathwayService;
import org.waypoint.plans.PlanAction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One section of a pathway plan edited offline; {@code entityId} is the pathway plan version. Only that section is
 * written; the service refuses it when the version moved on, so other sections are never overwritten.
 */
@Component
class PathwaySectionSync implements SyncHandler {

    static final String TYPE = "PATHWAY_SECTION";

    /** The payload: which matter, and the section as the pathway plan screen writes it. */
    record SectionChange(@Nullable Matter matter, PathwayInput.@Nullable Section section) {
    }

    private final PathwayService pathway;
    private final JsonMapper json;

    PathwaySectionSync(PathwayService pathway, JsonMapper json) {
        this.pathway = pathway;
        this.json = json;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Pathway plan section";
    }

    @Override
    public long apply(UUID versionId, @Nullable Long baseVersion, JsonNode payload) {
        SectionChange change = change(payload);
        return pathway.saveSection(versionId, baseVersion, change.matter(), change.section());
    }

    private SectionChange change(JsonNode payload) {
        SectionChange change = json.treeToValue(payload, SectionChange.class);
        if (change.matter() == null || change.section() == null) {
            throw new InvalidInputException(change.matter() == null ? "matter" : "section",
                    "Say which section of the pathway plan changed, and how");
        }
        return change;
    }

    @Override
    public UUID childOf(UUID versionId) {
        return pathway.get(versionId).childId();
    }

    @Override
    public Current current(UUID versionId, JsonNode payload) {
        PathwayDetail plan = pathway.get(versionId);
        Matter matter = change(payload).matter();
        PathwaySection s = plan.content().sections().get(matter);
        return new Current(plan.version(), s == null ? fields(matter, null, null, null)
                : fields(matter, s.needs(), s.youngPersonViews(), s.actions().stream().map(PlanAction::description).toList()));
    }

    @Override
    public List<Field> describe(JsonNode payload) {
        SectionChange change = change(payload);
        PathwayInput.Section s = change.section();
        return fields(change.matter(), s.needs(), s.youngPersonViews(),
                s.actions() == null ? null : s.actions().stream().map(a -> a.description()).toList());
    }

    private static List<Field> fields(@Nullable Matter matter, @Nullable String needs, @Nullable String views,
                                      @Nullable List<?> actions) {
        return List.of(Field.of("Section", matter == null ? null : matter.label()), Field.of("Needs", needs),
                Field.of("The young person's views", views), Field.of("Actions", actions));
    }
}

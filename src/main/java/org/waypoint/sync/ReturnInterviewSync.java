package org.waypoint.sync;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waypoint.missing.Episode;
import org.waypoint.missing.Interview;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.ReturnInterviewInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A return interview captured offline; {@code entityId} is the missing episode. Without a base version it records the
 * interview (a second device recording one meanwhile makes a conflict), with one it amends it.
 */
@Component
class ReturnInterviewSync implements SyncHandler {

    static final String TYPE = "RETURN_INTERVIEW";

    private final MissingEpisodeService missing;
    private final JsonMapper json;

    ReturnInterviewSync(MissingEpisodeService missing, JsonMapper json) {
        this.missing = missing;
        this.json = json;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Return interview";
    }

    @Override
    public long apply(UUID episodeId, @Nullable Long baseVersion, JsonNode payload) {
        ReturnInterviewInput input = json.treeToValue(payload, ReturnInterviewInput.class);
        Interview interview = baseVersion == null
                ? missing.recordReturnInterview(episodeId, input)
                : missing.amendReturnInterview(episodeId, baseVersion, input);
        return interview.version();
    }

    @Override
    public UUID childOf(UUID episodeId) {
        return missing.episode(episodeId).childId();
    }

    @Override
    public Current current(UUID episodeId, JsonNode payload) {
        Episode episode = missing.episode(episodeId);
        Interview i = episode.interview();
        if (i == null) {
            return new Current(0, List.of());
        }
        return new Current(i.version(), fields(i.outcome().label(), i.offeredAt(), i.heldAt(), i.interviewerName(),
                i.declinedReason(), i.notHeldReason(), i.whereabouts(), i.withWhom(), i.howTravelled(),
                i.childsWords()));
    }

    @Override
    public List<Field> describe(JsonNode payload) {
        ReturnInterviewInput i = json.treeToValue(payload, ReturnInterviewInput.class);
        return fields(i.outcome() == null ? null : i.outcome().label(), i.offeredAt(), i.heldAt(),
                i.interviewerName(), i.declinedReason(), i.notHeldReason(), i.whereabouts(), i.withWhom(),
                i.howTravelled(), i.childsWords());
    }

    private static List<Field> fields(@Nullable String outcome, @Nullable Object offeredAt, @Nullable Object heldAt,
                                      @Nullable String interviewer, @Nullable String declined,
                                      @Nullable String notHeld, @Nullable String whereabouts,
                                      @Nullable String withWhom, @Nullable String travelled,
                                      @Nullable String childsWords) {
        return List.of(Field.of("Outcome", outcome), Field.of("Offered", offeredAt), Field.of("Held", heldAt),
                Field.of("Interviewer from another organisation", interviewer), Field.of("Why declined", declined),
                Field.of("Why not held", notHeld), Field.of("Where they were", whereabouts),
                Field.of("Who with", withWhom), Field.of("How they travelled", travelled),
                Field.of("In the child's own words", childsWords));
    }
}

package org.waypoint.sync;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waypoint.children.ChildAccess;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.NewMissingEpisode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A missing episode reported offline; {@code entityId} is the child, the payload a {@link NewMissingEpisode} whose
 * {@code id} the device chose, so a return interview captured on the same visit can name the episode before it
 * reaches the server (the interview, sent after it, finds it recorded).
 */
@Component
class MissingEpisodeSync implements SyncHandler {

    static final String TYPE = "MISSING_EPISODE";

    private final MissingEpisodeService missing;
    private final ChildAccess access;
    private final JsonMapper json;

    MissingEpisodeSync(MissingEpisodeService missing, ChildAccess access, JsonMapper json) {
        this.missing = missing;
        this.access = access;
        this.json = json;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Missing episode";
    }

    @Override
    public long apply(UUID childId, @Nullable Long baseVersion, JsonNode payload) {
        return missing.recordEpisode(childId, json.treeToValue(payload, NewMissingEpisode.class)).version();
    }

    @Override
    public UUID childOf(UUID childId) {
        return access.visible(childId).childId();
    }

    /** Only one device can have chosen the id: a clash means the episode is on the record already, as sent. */
    @Override
    public Current current(UUID childId, JsonNode payload) {
        NewMissingEpisode sent = json.treeToValue(payload, NewMissingEpisode.class);
        return sent.id() == null ? new Current(0, List.of())
                : new Current(missing.episode(sent.id()).version(), describe(payload));
    }

    @Override
    public List<Field> describe(JsonNode payload) {
        NewMissingEpisode e = json.treeToValue(payload, NewMissingEpisode.class);
        return List.of(Field.of("Missing from", e.missingFrom()), Field.of("Came back", e.returnedAt()),
                Field.of("Reported to the police", e.reportedToPolice()),
                Field.of("Police reference", e.policeReference()), Field.of("Who reported it", e.reportedBy()),
                Field.of("Where found", e.whereFound()));
    }
}

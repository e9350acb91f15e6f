package org.waypoint.missing;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One team's missing episodes in a period (by the date the child went missing, counted against the child's
 * current team) and what came of the return interviews.
 */
public record TeamMissingFigures(long teamId, String teamName, long episodes, long offered, long held,
                                 long heldWithin72Hours, long declined, long notHeld) {

    /** Of the interviews held, the share held within 72 hours of return (whole per cent); null when none held. */
    @JsonProperty("percentHeldWithin72Hours")
    public @Nullable Integer percentHeldWithin72Hours() {
        return held == 0 ? null : (int) Math.round(100.0 * heldWithin72Hours / held);
    }
}

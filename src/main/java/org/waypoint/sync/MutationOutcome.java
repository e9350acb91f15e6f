package org.waypoint.sync;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What came of one offline change. */
public enum MutationOutcome {
    @JsonProperty("applied") APPLIED,
    /** The id was processed before; the result carries the first outcome in {@code original}. */
    @JsonProperty("duplicate") DUPLICATE,
    /** Made on a version changed meanwhile: the server kept the newer one and stored this as a conflict copy. */
    @JsonProperty("conflict") CONFLICT,
    /** Refused: no access any more, invalid input, or an unknown kind of change. */
    @JsonProperty("rejected") REJECTED
}

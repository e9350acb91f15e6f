package org.waypoint.missing;

import java.time.Instant;

/**
 * A place or person named in the return interviews of more than one child.
 *
 * @param key the normalised name the match is made on (see {@link MentionKeys})
 * @param name one way it was written
 * @param withSignsOfHarm how many of those interviews ticked a sign of harm or exploitation
 */
public record SharedMention(MentionKind kind, String key, String name, long children, long interviews,
                            long withSignsOfHarm, Instant lastNamed) {
}

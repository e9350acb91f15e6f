/**
 * Missing episodes and return-home interviews: the 72-hour clock ({@link org.waypoint.missing.ReturnInterviewDeadline}),
 * the interview in the child's own words, and the patterns across children that a missing and exploitation panel
 * needs. Services take and return plain records, so every entry point (screens, REST, offline sync) gets the same
 * rules.
 */
@NullMarked
package org.waypoint.missing;

import org.jspecify.annotations.NullMarked;

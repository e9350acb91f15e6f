/**
 * Pathway plans for care leavers: the ten matters of the Care Leavers (England) Regulations 2010, Schedule 1, each in
 * the young person's own words, with actions owned and dated. Reuses the plans machinery (the action gate, the
 * workflow and statuses, plain-language warnings). The rules are plain classes ({@link
 * org.waypoint.pathway.CareLeaverRule}, {@link org.waypoint.pathway.PathwayReviews}, {@link
 * org.waypoint.pathway.PathwayGate}). See docs/decisions/0020-pathway.md.
 */
@NullMarked
package org.waypoint.pathway;

import org.jspecify.annotations.NullMarked;

/** Figures across teams and service areas, computed live from the records in SQL, each with its drill-down. */
@NullMarked
package org.waypoint.oversight;

import org.jspecify.annotations.NullMarked;

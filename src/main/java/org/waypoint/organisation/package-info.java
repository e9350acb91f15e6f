@NullMarked
package org.waypoint.organisation;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint;

import org.jspecify.annotations.NullMarked;

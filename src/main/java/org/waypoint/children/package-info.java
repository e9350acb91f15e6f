@NullMarked
package org.waypoint.children;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint.audit;

import org.jspecify.annotations.NullMarked;

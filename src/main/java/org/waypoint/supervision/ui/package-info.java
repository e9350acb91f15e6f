@NullMarked
package org.waypoint.supervision.ui;

import org.jspecify.annotations.NullMarked;

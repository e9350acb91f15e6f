@NullMarked
package org.waypoint.oversight.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint.ui;

import org.jspecify.annotations.NullMarked;

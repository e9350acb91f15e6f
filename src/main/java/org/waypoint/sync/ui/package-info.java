@NullMarked
package org.waypoint.sync.ui;

import org.jspecify.annotations.NullMarked;

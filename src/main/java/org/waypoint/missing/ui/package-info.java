@NullMarked
package org.waypoint.missing.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint.security.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint.audit.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint.organisation.ui;

import org.jspecify.annotations.NullMarked;

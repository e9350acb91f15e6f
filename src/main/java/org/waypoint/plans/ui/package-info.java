@NullMarked
package org.waypoint.plans.ui;

import org.jspecify.annotations.NullMarked;

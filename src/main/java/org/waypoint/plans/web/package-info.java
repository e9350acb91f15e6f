@NullMarked
package org.waypoint.plans.web;

import org.jspecify.annotations.NullMarked;

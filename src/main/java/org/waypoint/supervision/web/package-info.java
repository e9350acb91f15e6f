@NullMarked
package org.waypoint.supervision.web;

import org.jspecify.annotations.NullMarked;

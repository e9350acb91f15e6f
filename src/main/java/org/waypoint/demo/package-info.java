@NullMarked
package org.waypoint.demo;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint.security;

import org.jspecify.annotations.NullMarked;

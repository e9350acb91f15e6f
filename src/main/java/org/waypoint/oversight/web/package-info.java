@NullMarked
package org.waypoint.oversight.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint.missing.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint.sync.web;

import org.jspecify.annotations.NullMarked;

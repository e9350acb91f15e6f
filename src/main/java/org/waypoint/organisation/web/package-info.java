@NullMarked
package org.waypoint.organisation.web;

import org.jspecify.annotations.NullMarked;

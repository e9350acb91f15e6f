@NullMarked
package org.waypoint.pathway.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.waypoint.children.web;

import org.jspecify.annotations.NullMarked;

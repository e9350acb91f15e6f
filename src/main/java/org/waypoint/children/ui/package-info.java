/** The children screens; {@link org.waypoint.children.ui.ChildrenNavigation} is open to other features' screens. */
@NullMarked
@NamedInterface("navigation")
package org.waypoint.children.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/**
 * Small shared vocabulary every feature uses: the exceptions that become problem details, field problems,
 * and the plain-English date format. Nothing here knows about a feature.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.waypoint.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

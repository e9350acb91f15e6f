package org.waypoint;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Features talk to each other only through each other's top-level package (services and records), never through
 * their internals, and there are no cycles between them.
 */
class ModularityTest {

    @Test
    void featurePackagesKeepTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}

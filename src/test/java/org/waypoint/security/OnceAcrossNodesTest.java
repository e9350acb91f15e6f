package org.waypoint.security;

import org.waypoint.IntegrationTest;

@IntegrationTest
class OnceAcrossNodesTest extends OnceAcrossNodesContract {
}

package org.waypoint.security;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class OnceAcrossNodesPostgresTest extends OnceAcrossNodesContract {
}

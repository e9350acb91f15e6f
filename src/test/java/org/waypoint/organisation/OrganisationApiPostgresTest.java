package org.waypoint.organisation;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class OrganisationApiPostgresTest extends OrganisationApiContract {
}

package org.waypoint.organisation;

import org.waypoint.IntegrationTest;

@IntegrationTest
class OrganisationApiTest extends OrganisationApiContract {
}

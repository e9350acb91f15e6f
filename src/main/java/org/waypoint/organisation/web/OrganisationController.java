package org.waypoint.organisation.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.organisation.NewTeam;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.ServiceAreaSummary;
import org.waypoint.organisation.TeamSummary;

/** Service areas and teams. Administrators create them; anyone signed in may list them. */
@RestController
@RequestMapping("/api/v1")
class OrganisationController {

    private final OrganisationService organisation;

    OrganisationController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    record NewServiceArea(@Nullable String name) {
    }

    @PostMapping("/service-areas")
    ResponseEntity<ServiceAreaSummary> createServiceArea(@RequestBody NewServiceArea body) {
        ServiceAreaSummary created = organisation.createServiceArea(body.name());
        return ResponseEntity.created(URI.create("/api/v1/service-areas/" + created.id())).body(created);
    }

    @GetMapping("/service-areas")
    List<ServiceAreaSummary> serviceAreas() {
        return organisation.serviceAreas();
    }

    @PostMapping("/teams")
    ResponseEntity<TeamSummary> createTeam(@RequestBody NewTeam body) {
        TeamSummary created = organisation.createTeam(body);
        return ResponseEntity.created(URI.create("/api/v1/teams/" + created.id())).body(created);
    }

    @GetMapping("/teams")
    List<TeamSummary> teams() {
        return organisation.teams();
    }
}

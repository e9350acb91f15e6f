package org.waypoint.organisation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.common.Paging;
import org.waypoint.organisation.NewStaff;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.StaffFilter;
import org.waypoint.organisation.StaffSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/** Staff accounts (administrators), and who the caller is. */
@RestController
@RequestMapping("/api/v1")
class StaffController {

    private final OrganisationService organisation;

    StaffController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    /** An account as the API shows it: never the password. */
    record StaffResponse(long id, String username, String displayName, Role role, @Nullable Long teamId,
                         Set<Long> serviceAreaIds, BigDecimal fte, @Nullable LocalDate qualifiedOn, boolean active) {

        static StaffResponse of(StaffSummary s) {
            return new StaffResponse(s.id(), s.username(), s.displayName(), s.role(), s.teamId(), s.serviceAreaIds(),
                    s.fte(), s.qualifiedOn(), s.active());
        }
    }

    record Me(String username, String displayName, Role role, @Nullable Long teamId, Set<Long> serviceAreaIds) {
    }

    @PostMapping("/staff")
    ResponseEntity<StaffResponse> create(@RequestBody NewStaff body) {
        StaffSummary created = organisation.createStaff(body);
        return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id())).body(StaffResponse.of(created));
    }

    @GetMapping("/staff")
    ResponseEntity<List<StaffResponse>> list(@RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        Page<StaffSummary> result = organisation.searchStaff(StaffFilter.all(),
                PageRequest.of(Paging.page(page), Paging.size(size), Sort.by("displayName")));
        return Paging.response(result.map(StaffResponse::of));
    }

    @GetMapping("/me")
    Me me() {
        CurrentUser user = CurrentUser.get();
        return new Me(user.username(), user.displayName(), user.role(), user.teamId(), user.serviceAreaIds());
    }
}

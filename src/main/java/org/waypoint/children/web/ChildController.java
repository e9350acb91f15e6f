package org.waypoint.children.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.children.Allocation;
import org.waypoint.children.Category;
import org.waypoint.children.ChildFilter;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.ChronologyEntry;
import org.waypoint.children.ChronologyService;
import org.waypoint.children.LegalStatus;
import org.waypoint.children.NewChild;
import org.waypoint.common.Paging;

@RestController
@RequestMapping("/api/v1/children")
class ChildController {

    private final ChildService children;
    private final ChronologyService chronology;

    ChildController(ChildService children, ChronologyService chronology) {
        this.children = children;
        this.chronology = chronology;
    }

    /** {@code legalStatus} is null when none is recorded; {@code legalStatusText} says it in plain words. */
    record ChildResponse(UUID id, String givenName, String familyName, LocalDate dateOfBirth, Category category,
                         @Nullable LegalStatus legalStatus, String legalStatusText, long teamId,
                         @Nullable Long allocatedWorkerId) {

        static ChildResponse of(ChildSummary c) {
            return new ChildResponse(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), c.category(),
                    c.legalStatus(), c.legalStatusText(), c.teamId(), c.allocatedWorkerId());
        }
    }

    /** A null {@code legalStatus} clears it ("Not recorded"). */
    record LegalStatusRequest(@Nullable LegalStatus legalStatus) {
    }

    record AllocationRequest(@Nullable Long workerId) {
    }

    @PostMapping
    ResponseEntity<ChildResponse> register(@RequestBody NewChild body) {
        ChildSummary created = children.register(body);
        return ResponseEntity.created(URI.create("/api/v1/children/" + created.id())).body(ChildResponse.of(created));
    }

    /** The open children the caller may see, by family name; paged (see {@link Paging}). */
    @GetMapping
    ResponseEntity<List<ChildResponse>> list(@RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        var result = children.search(ChildFilter.open(),
                PageRequest.of(Paging.page(page), Paging.size(size), Sort.by("familyName", "givenName", "id")));
        return Paging.response(result.map(ChildResponse::of));
    }

    @GetMapping("/{id}")
    ChildResponse get(@PathVariable UUID id) {
        return ChildResponse.of(children.get(id));
    }

    /** The child's chronology, newest first; {@code kind} (repeatable) keeps only those kinds. */
    @GetMapping("/{id}/chronology")
    List<ChronologyEntry> chronology(@PathVariable UUID id, @RequestParam(name = "kind", required = false) @Nullable List<String> kinds) {
        return chronology.chronology(id, kinds == null ? List.of() : kinds);
    }

    @PutMapping("/{id}/legal-status")
    ChildResponse recordLegalStatus(@PathVariable UUID id, @RequestBody LegalStatusRequest body) {
        return ChildResponse.of(children.recordLegalStatus(id, body.legalStatus()));
    }

    @PutMapping("/{id}/allocation")
    Allocation allocate(@PathVariable UUID id, @RequestBody AllocationRequest body) {
        return children.allocate(id, body.workerId());
    }

    @DeleteMapping("/{id}/allocation")
    Allocation deallocate(@PathVariable UUID id) {
        return children.deallocate(id);
    }
}

package org.waypoint.supervision.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.Paging;
import org.waypoint.supervision.ManagementOversight;
import org.waypoint.supervision.NewSupervision;
import org.waypoint.supervision.SupervisionPolicy;
import org.waypoint.supervision.SupervisionPolicyService;
import org.waypoint.supervision.SupervisionRecord;
import org.waypoint.supervision.SupervisionService;
import org.waypoint.supervision.SupervisionSummary;
import org.waypoint.supervision.TeamPolicy;

/**
 * Supervision records, a child's management oversight, and team supervision policies. Records carry an ETag (their
 * version); a change to a record sends it back in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1")
class SupervisionController {

    private final SupervisionService supervision;
    private final SupervisionPolicyService policies;

    SupervisionController(SupervisionService supervision, SupervisionPolicyService policies) {
        this.supervision = supervision;
        this.policies = policies;
    }

    record Comments(@Nullable String comments) {
    }

    record NewAddendum(@Nullable String note, @Nullable UUID childId) {
    }

    /** Records a supervision; 201 with the record. The supervisee's team manager or a head of service over it. */
    @PostMapping("/supervision")
    ResponseEntity<SupervisionRecord> record(@RequestBody NewSupervision body) {
        SupervisionRecord created = supervision.record(body);
        return ResponseEntity.created(URI.create("/api/v1/supervision/" + created.id()))
                .eTag(etag(created.version())).body(created);
    }

    @GetMapping("/supervision/{id}")
    ResponseEntity<SupervisionRecord> get(@PathVariable UUID id) {
        SupervisionRecord record = supervision.get(id);
        return ResponseEntity.ok().eTag(etag(record.version())).body(record);
    }

    /** A worker's records ({@code superviseeId}) or a team's ({@code teamId}), newest first; paged. */
    @GetMapping("/supervision")
    ResponseEntity<List<SupervisionSummary>> list(@RequestParam(required = false) @Nullable Long superviseeId,
                                                  @RequestParam(required = false) @Nullable Long teamId,
                                                  @RequestParam(defaultValue = "0") int page,
                                                  @RequestParam(defaultValue = "50") int size) {
        if ((superviseeId == null) == (teamId == null)) {
            throw new InvalidInputException("superviseeId", "Give either superviseeId or teamId");
        }
        var pageable = PageRequest.of(Paging.page(page), Paging.size(size));
        return Paging.response(superviseeId != null ? supervision.history(superviseeId, pageable)
                : supervision.teamRecords(teamId, pageable));
    }

    /** Rewrites a record the supervisee has not acknowledged yet; needs {@code If-Match}. */
    @PutMapping("/supervision/{id}")
    ResponseEntity<?> update(@PathVariable UUID id, @RequestBody NewSupervision body,
                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Long version = version(ifMatch);
        if (version == null) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.PRECONDITION_REQUIRED, "Send the record's ETag in If-Match, so no one's change is lost."));
        }
        SupervisionRecord record = supervision.update(id, version, body);
        return ResponseEntity.ok().eTag(etag(record.version())).body(record);
    }

    /** The supervisee's comments, until they acknowledge. */
    @PutMapping("/supervision/{id}/comments")
    ResponseEntity<SupervisionRecord> comment(@PathVariable UUID id, @RequestBody Comments body,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        SupervisionRecord record = supervision.comment(id, version(ifMatch), body.comments());
        return ResponseEntity.ok().eTag(etag(record.version())).body(record);
    }

    /** The supervisee acknowledges the record (with final comments, if any); it is locked from then on. */
    @PostMapping("/supervision/{id}/acknowledgement")
    ResponseEntity<SupervisionRecord> acknowledge(@PathVariable UUID id, @RequestBody(required = false) @Nullable Comments body,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        SupervisionRecord record = supervision.acknowledge(id, version(ifMatch), body == null ? null : body.comments());
        return ResponseEntity.ok().eTag(etag(record.version())).body(record);
    }

    /** A correction or later note on an acknowledged record; {@code childId} ties it to that child's discussion. */
    @PostMapping("/supervision/{id}/addenda")
    ResponseEntity<SupervisionRecord> addAddendum(@PathVariable UUID id, @RequestBody NewAddendum body) {
        SupervisionRecord record = supervision.addAddendum(id, body.note(), body.childId());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(record.version())).body(record);
    }

    /** The case decisions about a child from supervision, newest first; for whoever may read the child. */
    @GetMapping("/children/{childId}/management-oversight")
    List<ManagementOversight> oversight(@PathVariable UUID childId) {
        return supervision.oversight(childId);
    }

    @GetMapping("/teams/{teamId}/supervision-policy")
    ResponseEntity<TeamPolicy> policy(@PathVariable long teamId) {
        TeamPolicy policy = policies.policy(teamId);
        return ResponseEntity.ok().eTag(etag(policy.version())).body(policy);
    }

    /** A head of service sets a team's policy; {@code If-Match} "0" for a team still on the standard. */
    @PutMapping("/teams/{teamId}/supervision-policy")
    ResponseEntity<TeamPolicy> setPolicy(@PathVariable long teamId, @RequestBody SupervisionPolicy body,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Long version = version(ifMatch);
        TeamPolicy policy = policies.update(teamId, version == null ? policies.policy(teamId).version() : version, body);
        return ResponseEntity.ok().eTag(etag(policy.version())).body(policy);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an If-Match header ("3" or W/"3"); null when none was sent. */
    private static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").trim();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "Send the ETag from the record you read");
        }
    }
}

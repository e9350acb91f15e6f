package org.waypoint.missing.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
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
import org.waypoint.common.EntityTags;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.Paging;
import org.waypoint.missing.DueInterview;
import org.waypoint.missing.Episode;
import org.waypoint.missing.EpisodeChange;
import org.waypoint.missing.ExploitationIndicator;
import org.waypoint.missing.Interview;
import org.waypoint.missing.InterviewAction;
import org.waypoint.missing.InterviewOutcome;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.MissingFactor;
import org.waypoint.missing.NewMissingEpisode;
import org.waypoint.missing.ReturnInterviewInput;

/** Missing episodes and return interviews. Times are ISO-8601 instants, e.g. {@code 2026-03-14T21:40:00Z}. */
@RestController
@RequestMapping("/api/v1")
class MissingEpisodeController {

    private final MissingEpisodeService missing;

    MissingEpisodeController(MissingEpisodeService missing) {
        this.missing = missing;
    }

    record EpisodeResponse(UUID id, UUID childId, Instant missingFrom, @Nullable Instant returnedAt,
                           boolean reportedToPolice, @Nullable String policeReference, @Nullable String whereFound,
                           @Nullable String reportedBy, @Nullable Instant interviewDueBy, long version,
                           @Nullable InterviewResponse returnInterview) {

        static EpisodeResponse of(Episode e) {
            return new EpisodeResponse(e.id(), e.childId(), e.missingFrom(), e.returnedAt(), e.reportedToPolice(),
                    e.policeReference(), e.whereFound(), e.reportedBy(), e.interviewDueBy(), e.version(),
                    e.interview() == null ? null : InterviewResponse.of(e.interview()));
        }
    }

    /** The interview in the request's field names, plus what the service worked out (outcome, 72 hours, flag). */
    record InterviewResponse(UUID id, UUID episodeId, InterviewOutcome outcome, @Nullable Instant offeredAt,
                             @Nullable Instant heldAt, @Nullable Boolean heldWithin72Hours,
                             @Nullable Long interviewerId, @Nullable String interviewerName,
                             boolean interviewerIsAllocatedWorker, @Nullable String interviewerReason,
                             @Nullable Boolean accepted, @Nullable String declinedReason,
                             @Nullable String notHeldReason, @Nullable Long decidedById,
                             @Nullable String whereabouts, @Nullable String withWhom, @Nullable String howTravelled,
                             List<String> pushFactors, List<String> pullFactors, @Nullable String pushFactorsOther,
                             @Nullable String pullFactorsOther, Set<ExploitationIndicator> exploitationIndicators,
                             @Nullable String indicatorFollowUp, @Nullable String childsWords,
                             List<InterviewAction> actions, boolean strategyDiscussionNeeded, List<String> places,
                             List<String> associates, Instant recordedAt, long version) {

        static InterviewResponse of(Interview i) {
            return new InterviewResponse(i.id(), i.episodeId(), i.outcome(), i.offeredAt(), i.heldAt(),
                    i.heldWithin72Hours(), i.interviewerId(), i.interviewerName(), i.byAllocatedWorker(),
                    i.interviewerReason(), i.accepted(), i.declinedReason(), i.notHeldReason(), i.decidedById(),
                    i.whereabouts(), i.withWhom(), i.howTravelled(),
                    i.pushFactors().stream().map(MissingFactor::code).toList(),
                    i.pullFactors().stream().map(MissingFactor::code).toList(), i.pushFactorsOther(),
                    i.pullFactorsOther(), i.exploitationIndicators(), i.indicatorFollowUp(), i.childsWords(),
                    i.actions(), i.strategyDiscussionNeeded(), i.places(), i.associates(), i.recordedAt(),
                    i.version());
        }
    }

    record DueResponse(UUID episodeId, UUID childId, Instant returnedAt, Instant dueBy, long hoursLeft,
                       boolean overdue) {

        static DueResponse of(DueInterview d) {
            return new DueResponse(d.episodeId(), d.childId(), d.returnedAt(), d.dueBy(), d.hoursLeft(), d.overdue());
        }
    }

    @PostMapping("/children/{childId}/missing-episodes")
    ResponseEntity<EpisodeResponse> record(@PathVariable UUID childId, @RequestBody NewMissingEpisode body) {
        Episode created = missing.recordEpisode(childId, body);
        return ResponseEntity.created(URI.create("/api/v1/missing-episodes/" + created.id()))
                .eTag(EntityTags.etag(created.version())).body(EpisodeResponse.of(created));
    }

    /** The child's episodes, latest first, each with its return interview. */
    @GetMapping("/children/{childId}/missing-episodes")
    List<EpisodeResponse> ofChild(@PathVariable UUID childId) {
        return missing.episodesOf(childId).stream().map(EpisodeResponse::of).toList();
    }

    /**
     * Children back from a missing episode whose return interview is not yet recorded, in the caller's scope, the
     * least time left first; paged (see {@link Paging}). {@code hoursLeft} counts whole hours towards zero and goes
     * negative once overdue by an hour; {@code overdue} turns true the minute the 72 hours have passed.
     */
    @GetMapping("/missing-episodes/due")
    ResponseEntity<List<DueResponse>> due(@RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        return Paging.response(missing.dueInterviews(PageRequest.of(Paging.page(page), Paging.size(size)))
                .map(DueResponse::of));
    }

    @GetMapping("/missing-episodes/{id}")
    ResponseEntity<EpisodeResponse> get(@PathVariable UUID id) {
        Episode episode = missing.episode(id);
        return ResponseEntity.ok().eTag(EntityTags.etag(episode.version())).body(EpisodeResponse.of(episode));
    }

    /** Records the return (or corrects the episode): fields left out keep their value; {@code If-Match} guards it. */
    @PutMapping("/missing-episodes/{id}")
    ResponseEntity<EpisodeResponse> update(@PathVariable UUID id, @RequestBody EpisodeChange body,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Long version = EntityTags.ifMatch(ifMatch);
        EpisodeChange change = version == null ? body : new EpisodeChange(version, body.missingFrom(),
                body.returnedAt(), body.reportedToPolice(), body.policeReference(), body.whereFound(), body.reportedBy());
        Episode updated = missing.updateEpisode(id, change);
        return ResponseEntity.ok().eTag(EntityTags.etag(updated.version())).body(EpisodeResponse.of(updated));
    }

    @PostMapping("/missing-episodes/{id}/return-interview")
    ResponseEntity<InterviewResponse> recordInterview(@PathVariable UUID id, @RequestBody ReturnInterviewInput body) {
        Interview created = missing.recordReturnInterview(id, body);
        return ResponseEntity.created(URI.create("/api/v1/missing-episodes/" + id))
                .eTag(EntityTags.etag(created.version())).body(InterviewResponse.of(created));
    }

    /** Amends the recorded interview; {@code If-Match} carries the interview's version (its ETag). */
    @PutMapping("/missing-episodes/{id}/return-interview")
    ResponseEntity<InterviewResponse> amendInterview(@PathVariable UUID id, @RequestBody ReturnInterviewInput body,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Long version = EntityTags.ifMatch(ifMatch);
        if (version == null) {
            throw new InvalidInputException("If-Match", "Send the interview's version (its ETag) in If-Match");
        }
        Interview amended = missing.amendReturnInterview(id, version, body);
        return ResponseEntity.ok().eTag(EntityTags.etag(amended.version())).body(InterviewResponse.of(amended));
    }
}

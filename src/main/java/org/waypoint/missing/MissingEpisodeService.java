package org.waypoint.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.children.ChildAccess;
import org.waypoint.children.ChildPlacement;
import org.waypoint.children.RecordAction;
import org.waypoint.common.ConflictException;
import org.waypoint.common.Dates;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.Problems;
import org.waypoint.common.StaleVersionException;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;

/**
 * Missing episodes and their return interviews: recording them, the 72-hour list, and each child's history.
 * Every entry point (screens, REST, offline sync) calls these methods with plain records:
 * {@link #recordEpisode}, {@link #updateEpisode}, {@link #recordReturnInterview}, {@link #amendReturnInterview}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_ROLES)
public class MissingEpisodeService {

    static final String EPISODE = "MISSING_EPISODE";
    static final String INTERVIEW = "RETURN_INTERVIEW";
    static final int POLICE_REFERENCE_LENGTH = 50;
    static final int REPORTED_BY_LENGTH = 200;
    static final int WHERE_FOUND_LENGTH = 500;

    private final MissingEpisodeRepository episodes;
    private final ReturnInterviewRepository interviews;
    private final MissingFactorService factors;
    private final MissingQueries queries;
    private final ChildAccess access;
    private final OrganisationService organisation;
    private final Clock clock;

    MissingEpisodeService(MissingEpisodeRepository episodes, ReturnInterviewRepository interviews,
                          MissingFactorService factors, MissingQueries queries, ChildAccess access,
                          OrganisationService organisation, Clock clock) {
        this.episodes = episodes;
        this.interviews = interviews;
        this.factors = factors;
        this.queries = queries;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    // --- episodes

    @Transactional
    @PreAuthorize(Roles.CASE_ROLES)
    public Episode recordEpisode(UUID childId, NewMissingEpisode input) {
        access.requireWrite(childId);
        if (input.id() != null && episodes.existsById(input.id())) {
            throw new ConflictException("This missing episode is already recorded");
        }
        var episode = new MissingEpisode(input.id() == null ? UUID.randomUUID() : input.id(), childId,
                CurrentUser.get().staffId(), clock.instant());
        applyChecked(episode, input.missingFrom(), input.returnedAt(), input.reportedToPolice(),
                text(input.policeReference()), text(input.whereFound()), text(input.reportedBy()), null);
        episodes.save(episode);
        access.recorded(childId, EPISODE, episode.id(), RecordAction.CREATE);
        return episode.toRecord(null);
    }

    /** Records the return, or corrects the episode; fields left null keep their value, empty texts clear. */
    @Transactional
    @PreAuthorize(Roles.CASE_ROLES)
    public Episode updateEpisode(UUID episodeId, EpisodeChange change) {
        MissingEpisode episode = episodes.findById(episodeId).orElseThrow(() -> new NotFoundException("Missing episode"));
        access.requireWrite(episode.childId());
        if (change.version() != null && change.version() != episode.version()) {
            throw new StaleVersionException("This missing episode", episode.version());
        }
        ReturnInterview interview = interviews.findByEpisodeId(episodeId).orElse(null);
        applyChecked(episode,
                change.missingFrom() != null ? change.missingFrom() : episode.missingFrom(),
                change.returnedAt() != null ? change.returnedAt() : episode.returnedAt(),
                change.reportedToPolice() != null ? change.reportedToPolice() : episode.reportedToPolice(),
                change.policeReference() != null ? text(change.policeReference()) : episode.policeReference(),
                change.whereFound() != null ? text(change.whereFound()) : episode.whereFound(),
                change.reportedBy() != null ? text(change.reportedBy()) : episode.reportedBy(),
                interview);
        if (interview != null && episode.returnedAt() != null) {
            interview.returnTimeChanged(episode.returnedAt());
        }
        episodes.flush();
        access.recorded(episode.childId(), EPISODE, episodeId, RecordAction.UPDATE);
        return episode.toRecord(interview == null ? null : toRecords(List.of(interview)).getFirst());
    }

    private void applyChecked(MissingEpisode episode, @Nullable Instant missingFrom, @Nullable Instant returnedAt,
                              @Nullable Boolean reportedToPolice, @Nullable String policeReference,
                              @Nullable String whereFound, @Nullable String reportedBy,
                              @Nullable ReturnInterview interview) {
        Instant now = clock.instant();
        var problems = new Problems()
                .require(missingFrom != null, "missingFrom", "Say when the child went missing")
                .require(missingFrom == null || !missingFrom.isAfter(now), "missingFrom",
                        "The time the child went missing cannot be in the future")
                .require(returnedAt == null || !returnedAt.isAfter(now), "returnedAt",
                        "The return time cannot be in the future")
                .require(reportedToPolice != null, "reportedToPolice", "Say whether the police were told")
                .require(policeReference == null || !Boolean.FALSE.equals(reportedToPolice), "policeReference",
                        "A police reference goes with a report to the police")
                .require(whereFound == null || returnedAt != null, "whereFound",
                        "Where the child was found goes with the return time")
                .maxLength(policeReference, "policeReference", "The police reference", POLICE_REFERENCE_LENGTH)
                .maxLength(whereFound, "whereFound", "Where found", WHERE_FOUND_LENGTH)
                .maxLength(reportedBy, "reportedBy", "Who reported it", REPORTED_BY_LENGTH);
        if (missingFrom != null && returnedAt != null && returnedAt.isBefore(missingFrom)) {
            problems.require(false, "returnedAt", "The child cannot return before they went missing");
        }
        if (interview != null && returnedAt != null) {
            Instant firstContact = interview.offeredAt() != null ? interview.offeredAt() : interview.heldAt();
            problems.require(firstContact == null || !firstContact.isBefore(returnedAt), "returnedAt",
                    "The return interview was offered " + Dates.dayTime(firstContact) + ", before this return time");
        }
        if (missingFrom != null && (returnedAt == null || !returnedAt.isBefore(missingFrom))) {
            episodes.findByChildIdOrderByMissingFromDesc(episode.childId()).stream()
                    .filter(other -> !other.id().equals(episode.id()) && other.overlaps(missingFrom, returnedAt))
                    .findFirst()
                    .ifPresent(other -> problems.require(false, "missingFrom", other.returnedAt() == null
                            ? "The child is already recorded as missing since " + Dates.dayTime(other.missingFrom())
                            + ": record that return first"
                            : "This overlaps the episode from " + Dates.dayTime(other.missingFrom()) + " to "
                            + Dates.dayTime(other.returnedAt())));
        }
        problems.throwIfAny();
        episode.update(missingFrom, returnedAt, reportedToPolice, policeReference, reportedBy, whereFound);
    }

    public Episode episode(UUID episodeId) {
        MissingEpisode episode = episodes.findById(episodeId).orElseThrow(() -> new NotFoundException("Missing episode"));
        access.read(episode.childId(), EPISODE, episodeId);
        return episode.toRecord(interviews.findByEpisodeId(episodeId)
                .map(i -> toRecords(List.of(i)).getFirst()).orElse(null));
    }

    /** The child's episodes, latest first, each with its interview. */
    public List<Episode> episodesOf(UUID childId) {
        access.read(childId, EPISODE, null);
        List<MissingEpisode> found = episodes.findByChildIdOrderByMissingFromDesc(childId);
        Map<UUID, Interview> byEpisode = toRecords(interviews.findByEpisodeIdIn(
                found.stream().map(MissingEpisode::id).toList())).stream()
                .collect(Collectors.toMap(Interview::episodeId, Function.identity()));
        return found.stream().map(e -> e.toRecord(byEpisode.get(e.id()))).toList();
    }

    /** Episodes in the last 90 days and 12 months, per child; children the caller may not see count nothing. */
    public Map<UUID, MissingCounts> counts(Collection<UUID> childIds) {
        return queries.counts(access.scope(), childIds, clock.instant());
    }

    // --- the 72-hour list

    /** Returned and not yet interviewed, in the caller's scope; the least time left first. */
    public Page<DueInterview> dueInterviews(Pageable pageable) {
        var scope = access.scope();
        var rule = new ReturnInterviewDeadline(clock);
        List<DueInterview> rows = queries.due(scope, pageable.isPaged() ? pageable.getOffset() : 0,
                        pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE).stream()
                .map(r -> new DueInterview(r.episodeId(), r.childId(), r.childName(), r.workerId(), r.workerName(),
                        r.missingFrom(), r.returnedAt(), rule.deadline(r.returnedAt())))
                .toList();
        return new PageImpl<>(rows, pageable, queries.countDue(scope));
    }

    /** Children in the caller's scope still missing, the longest first. */
    public List<MissingNow> missingNow() {
        return queries.missingNow(access.scope());
    }

    // --- return interviews

    @Transactional
    @PreAuthorize(Roles.CASE_ROLES)
    public Interview recordReturnInterview(UUID episodeId, ReturnInterviewInput input) {
        MissingEpisode episode = episodes.findById(episodeId).orElseThrow(() -> new NotFoundException("Missing episode"));
        ChildPlacement child = access.requireWrite(episode.childId());
        if (interviews.existsByEpisodeId(episodeId)) {
            throw new ConflictException("The return interview for this episode is already recorded: amend it instead");
        }
        if (input.id() != null && interviews.existsById(input.id())) {
            throw new ConflictException("This return interview is already recorded");
        }
        CheckedInterview checked = InterviewRules.check(input, facts(episode, child, Set.of()));
        var interview = new ReturnInterview(input.id() == null ? UUID.randomUUID() : input.id(), episodeId,
                CurrentUser.get().staffId(), clock.instant());
        interview.apply(checked);
        interviews.save(interview);
        access.recorded(episode.childId(), INTERVIEW, interview.id(), RecordAction.CREATE);
        return toRecords(List.of(interview)).getFirst();
    }

    /** Corrects or completes a recorded interview; {@code version} is the one the change was made from. */
    @Transactional
    @PreAuthorize(Roles.CASE_ROLES)
    public Interview amendReturnInterview(UUID episodeId, long version, ReturnInterviewInput input) {
        MissingEpisode episode = episodes.findById(episodeId).orElseThrow(() -> new NotFoundException("Missing episode"));
        ChildPlacement child = access.requireWrite(episode.childId());
        ReturnInterview interview = interviews.findByEpisodeId(episodeId)
                .orElseThrow(() -> new NotFoundException("Return interview"));
        if (interview.version() != version) {
            throw new StaleVersionException("This return interview", interview.version());
        }
        interview.apply(InterviewRules.check(input, facts(episode, child, interview.factorIds())));
        interview.amendedBy(CurrentUser.get().staffId(), clock.instant());
        interviews.flush();
        access.recorded(episode.childId(), INTERVIEW, interview.id(), RecordAction.UPDATE);
        return toRecords(List.of(interview)).getFirst();
    }

    private InterviewRules.Facts facts(MissingEpisode episode, ChildPlacement child, Set<Long> alreadyTicked) {
        Map<String, MissingFactor> byCode = factors.factors().stream()
                .collect(Collectors.toMap(MissingFactor::code, Function.identity()));
        return new InterviewRules.Facts(clock.instant(), episode.returnedAt(), child.allocatedWorkerId(),
                CurrentUser.get().staffId(), byCode, alreadyTicked, queries::isActiveStaff);
    }

    /** Members of staff who may be named as the interviewer, "Name · Team". */
    public List<StaffChoice> interviewerChoices() {
        return queries.interviewers().stream()
                .map(s -> new StaffChoice(s.id(), s.displayName(), s.teamName()))
                .toList();
    }

    /** A member of staff to pick as interviewer or decision-maker. */
    public record StaffChoice(long id, String displayName, @Nullable String teamName) {
    }

    /** Interviews as records: factor labels and staff names looked up once for all of them. */
    private List<Interview> toRecords(List<ReturnInterview> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, MissingFactor> factorById = factors.factors().stream()
                .collect(Collectors.toMap(MissingFactor::id, Function.identity()));
        Set<Long> staffIds = new HashSet<>();
        for (ReturnInterview i : found) {
            staffIds.add(i.recordedBy());
            if (i.interviewerId() != null) {
                staffIds.add(i.interviewerId());
            }
            if (i.decidedBy() != null) {
                staffIds.add(i.decidedBy());
            }
        }
        Map<Long, String> names = organisation.staffNames(staffIds);
        List<Interview> records = new ArrayList<>();
        for (ReturnInterview i : found) {
            List<MissingFactor> ticked = i.factorIds().stream().map(factorById::get)
                    .sorted(Comparator.comparing(MissingFactor::kind).thenComparing(MissingFactor::label))
                    .toList();
            records.add(new Interview(i.id(), i.episodeId(), i.outcome(), i.offeredAt(), i.heldAt(),
                    i.withinDeadline(), i.interviewerId(),
                    i.interviewerId() != null ? names.get(i.interviewerId()) : i.interviewerName(),
                    i.byAllocatedWorker(), i.interviewerReason(), i.declinedReason(), i.notHeldReason(),
                    i.decidedBy(), i.decidedBy() == null ? null : names.get(i.decidedBy()), i.whereabouts(),
                    i.withWhom(), i.howTravelled(),
                    ticked.stream().filter(f -> f.kind() == FactorKind.PUSH).toList(),
                    ticked.stream().filter(f -> f.kind() == FactorKind.PULL).toList(),
                    i.pushFactorsOther(), i.pullFactorsOther(), i.indicators(), i.indicatorFollowUp(),
                    i.childsWords(),
                    i.actions().stream().map(a -> new InterviewAction(a.description(), a.owner(), a.dueOn())).toList(),
                    i.strategyDiscussion(),
                    i.mentions().stream().filter(m -> m.kind() == MentionKind.PLACE).map(ReturnInterview.Mention::name).toList(),
                    i.mentions().stream().filter(m -> m.kind() == MentionKind.PERSON).map(ReturnInterview.Mention::name).toList(),
                    i.recordedBy(), names.getOrDefault(i.recordedBy(), ""), i.recordedAt(), i.version()));
        }
        return records;
    }

    private static @Nullable String text(@Nullable String value) {
        return InterviewRules.text(value);
    }
}

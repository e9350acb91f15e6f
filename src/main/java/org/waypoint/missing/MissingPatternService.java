package org.waypoint.missing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.children.ChildAccess;
import org.waypoint.common.Dates;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.Problems;
import org.waypoint.security.Roles;

/**
 * The picture across children that a weekly missing and exploitation panel needs, and the per-team figures heads
 * of service watch. Everything is counted in the database, within the caller's children.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_ROLES)
public class MissingPatternService {

    /** The longest period the panel looks back over. */
    static final int MOST_DAYS = 366;

    private final MissingQueries queries;
    private final ChildAccess access;
    private final Clock clock;

    MissingPatternService(MissingQueries queries, ChildAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /** Children who went missing more than once in the last 12 months, the most in the last 90 days first. */
    public List<RepeatMisser> repeatMissers() {
        return queries.repeatMissers(access.scope(), clock.instant());
    }

    /** Places and people named in the interviews of more than one child, for episodes in the last {@code days}. */
    public List<SharedMention> sharedMentions(int days) {
        return queries.sharedMentions(access.scope(), since(days));
    }

    /** The interviews behind one shared place or person. */
    public List<MentionInstance> mentionInstances(int days, MentionKind kind, String key) {
        return queries.mentionInstances(access.scope(), since(days), kind, MentionKeys.key(key));
    }

    /** Places or people already named for the caller's children, to offer while typing (one spelling each). */
    public List<String> knownNames(MentionKind kind) {
        return queries.knownNames(access.scope(), kind, 300);
    }

    /**
     * Per team the caller oversees (a manager their team, a head of service their service areas' teams), for
     * episodes that began from {@code from} to {@code to} inclusive: episodes, interviews offered, held, held within
     * 72 hours, declined and not held.
     */
    @PreAuthorize(Roles.MANAGERS)
    public List<TeamMissingFigures> teamFigures(LocalDate from, LocalDate to) {
        new Problems().require(!to.isBefore(from), "to", "The end of the period cannot be before its start")
                .throwIfAny();
        return queries.teamFigures(access.scope().teamIds(), from.atStartOfDay(Dates.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Dates.ZONE).toInstant());
    }

    /**
     * The interviews behind the "held within 72 hours" figure: held after episodes that began from {@code from} to
     * {@code to} inclusive, for one team the caller oversees or all of them; late first.
     */
    @PreAuthorize(Roles.MANAGERS)
    public List<HeldInterview> heldInterviews(LocalDate from, LocalDate to, @Nullable Long teamId) {
        new Problems().require(!to.isBefore(from), "to", "The end of the period cannot be before its start")
                .throwIfAny();
        Set<Long> teams = access.scope().teamIds();
        if (teamId != null && !teams.contains(teamId)) {
            throw new NotFoundException("Team");
        }
        return queries.heldInterviews(teamId == null ? teams : Set.of(teamId), from.atStartOfDay(Dates.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Dates.ZONE).toInstant());
    }

    private Instant since(int days) {
        new Problems().require(days >= 1 && days <= MOST_DAYS, "days",
                "The period must be between 1 and " + MOST_DAYS + " days").throwIfAny();
        return clock.instant().minus(Duration.ofDays(days));
    }
}

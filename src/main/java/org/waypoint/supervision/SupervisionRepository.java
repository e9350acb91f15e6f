package org.waypoint.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SupervisionRepository extends JpaRepository<Supervision, UUID> {

    String SUMMARY = """
            select s.id as id, s.superviseeId as superviseeId, s.supervisorId as supervisorId, s.heldOn as heldOn,
                   s.durationMinutes as durationMinutes, size(s.caseDiscussions) as caseDiscussions,
                   s.acknowledgedAt as acknowledgedAt
            from Supervision s""";

    @Query(value = SUMMARY + " where s.superviseeId = :superviseeId",
            countQuery = "select count(s) from Supervision s where s.superviseeId = :superviseeId")
    Page<SummaryRow> findSummariesBySupervisee(long superviseeId, Pageable pageable);

    @Query(value = SUMMARY + " where s.teamId = :teamId",
            countQuery = "select count(s) from Supervision s where s.teamId = :teamId")
    Page<SummaryRow> findSummariesByTeam(long teamId, Pageable pageable);

    /** Each worker's latest supervision and the due date it set. */
    @Query("""
            select s.superviseeId as superviseeId, max(s.heldOn) as lastHeldOn, max(s.nextDueOn) as nextDueOn
            from Supervision s where s.superviseeId in :superviseeIds group by s.superviseeId""")
    List<LatestRow> findLatestBySupervisees(Collection<Long> superviseeIds);

    @Query("select s.id as id, s.superviseeId as superviseeId, s.heldOn as heldOn from Supervision s where s.teamId = :teamId")
    List<DueRow> findDueRowsByTeam(long teamId);

    /** Sets a due date without touching the record's version: a policy change is not an edit of the record. */
    @Modifying
    @Query("update Supervision s set s.nextDueOn = :nextDueOn where s.id = :id")
    void setNextDueOn(UUID id, LocalDate nextDueOn);

    /** The case discussions of one child, newest first, with the supervision each was part of. */
    @Query("""
            select cd.id as caseDiscussionId, s.id as supervisionId, s.heldOn as heldOn,
                   s.supervisorId as supervisorId, s.superviseeId as superviseeId, s.recordedAt as recordedAt,
                   cd.discussion as discussion, cd.decision as decision, cd.rationale as rationale
            from Supervision s join s.caseDiscussions cd
            where cd.childId = :childId
            order by s.heldOn desc, s.recordedAt desc""")
    List<OversightRow> findOversightByChild(UUID childId);

    @Query("""
            select cd.id as caseDiscussionId, a.description as description, a.owner as owner, a.dueOn as dueOn
            from CaseDiscussion cd join cd.actions a
            where cd.id in :caseDiscussionIds
            order by index(a)""")
    List<ActionRow> findActionsOfCaseDiscussions(Collection<UUID> caseDiscussionIds);

    /** When each child was last discussed. */
    @Query("""
            select cd.childId as childId, max(cd.heldOn) as lastDiscussedOn
            from CaseDiscussion cd where cd.childId in :childIds group by cd.childId""")
    List<LastDiscussionRow> findLastDiscussions(Collection<UUID> childIds);

    interface SummaryRow {
        UUID getId();

        long getSuperviseeId();

        long getSupervisorId();

        LocalDate getHeldOn();

        int getDurationMinutes();

        long getCaseDiscussions();

        @Nullable Instant getAcknowledgedAt();
    }

    interface LatestRow {
        long getSuperviseeId();

        LocalDate getLastHeldOn();

        LocalDate getNextDueOn();
    }

    interface DueRow {
        UUID getId();

        long getSuperviseeId();

        LocalDate getHeldOn();
    }

    interface OversightRow {
        UUID getCaseDiscussionId();

        UUID getSupervisionId();

        LocalDate getHeldOn();

        long getSupervisorId();

        long getSuperviseeId();

        Instant getRecordedAt();

        String getDiscussion();

        String getDecision();

        String getRationale();
    }

    interface ActionRow {
        UUID getCaseDiscussionId();

        String getDescription();

        String getOwner();

        LocalDate getDueOn();
    }

    interface LastDiscussionRow {
        UUID getChildId();

        LocalDate getLastDiscussedOn();
    }
}

package org.waypoint.missing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.Problems;
import org.waypoint.common.Text;

/**
 * What a return interview must say before it can be saved, collected into one list of field problems so the
 * practitioner sees every gap at once. Plain Java: the service gathers the facts ({@link Facts}) and this decides.
 */
final class InterviewRules {

    static final int REASON_LENGTH = 2000;
    static final int INTERVIEWER_REASON_LENGTH = 1000;
    static final int NAME_LENGTH = 200;
    static final int ACCOUNT_LENGTH = 4000;
    static final int TRAVEL_LENGTH = 2000;
    static final int OTHER_FACTORS_LENGTH = 1000;
    static final int CHILDS_WORDS_LENGTH = 8000;
    static final int ACTION_LENGTH = 500;
    static final int MOST_ACTIONS = 30;
    static final int MOST_MENTIONS = 30;

    private InterviewRules() {
    }

    /**
     * @param returnedAt the episode's return time (null: not recorded yet)
     * @param allocatedWorkerId the child's allocated worker now
     * @param factorsByCode every configured factor
     * @param alreadyTicked factors ticked on the interview being amended (retired ones may stay ticked)
     * @param isStaff whether an id is an active member of staff who could hold or decide on an interview
     */
    record Facts(Instant now, @Nullable Instant returnedAt, @Nullable Long allocatedWorkerId, long callerId,
                 Map<String, MissingFactor> factorsByCode, Set<Long> alreadyTicked, LongPredicate isStaff) {
    }

    static CheckedInterview check(ReturnInterviewInput in, Facts facts) {
        var problems = new Problems();
        InterviewOutcome outcome = outcome(in, problems);
        Instant returnedAt = facts.returnedAt();
        String returned = returnedAt == null ? "" : " (returned " + Dates.dayTime(returnedAt) + ")";

        problems.require(returnedAt != null, "returnedAt",
                "Record when the child returned first: the interview is offered after the return");
        notInFuture(problems, in.offeredAt(), "offeredAt", "The offer", facts.now());
        notInFuture(problems, in.heldAt(), "heldAt", "The interview", facts.now());
        if (returnedAt != null && in.offeredAt() != null && in.offeredAt().isBefore(returnedAt)) {
            problems.require(false, "offeredAt", "The interview is offered after the child returns" + returned);
        }

        String interviewerName = text(in.interviewerName());
        String interviewerReason = text(in.interviewerReason());
        String declinedReason = text(in.declinedReason());
        String notHeldReason = text(in.notHeldReason());
        String childsWords = text(in.childsWords());
        Long decidedBy = null;
        boolean byAllocatedWorker = false;
        if (in.interviewerId() != null) {
            problems.require(facts.isStaff().test(in.interviewerId()), "interviewerId", "No such member of staff");
            problems.require(interviewerName == null, "interviewerName",
                    "Choose a member of staff or name someone from another organisation, not both");
        }
        problems.maxLength(interviewerName, "interviewerName", "The interviewer's name", NAME_LENGTH);

        if (outcome == InterviewOutcome.HELD) {
            problems.require(in.offeredAt() != null, "offeredAt", "Say when the interview was offered");
            problems.require(in.heldAt() != null, "heldAt", "Say when the interview was held");
            if (returnedAt != null && in.heldAt() != null && in.heldAt().isBefore(returnedAt)) {
                problems.require(false, "heldAt", "The interview cannot be held before the child returned" + returned);
            } else if (in.offeredAt() != null && in.heldAt() != null && in.heldAt().isBefore(in.offeredAt())) {
                problems.require(false, "heldAt", "The interview cannot be held before it was offered");
            }
            problems.require(in.interviewerId() != null || interviewerName != null, "interviewerId",
                    "Say who held the interview");
            byAllocatedWorker = in.interviewerId() != null && in.interviewerId().equals(facts.allocatedWorkerId());
            problems.require(!byAllocatedWorker || interviewerReason != null, "interviewerReason",
                    "The child's allocated worker held the interview: say why rather than someone independent");
            problems.require(childsWords != null, "childsWords", "Write what the child said, in their own words");
        } else {
            problems.require(in.heldAt() == null, "heldAt", "Only an interview that was held has a held time");
        }
        // The reason belongs to the allocated worker holding it; anyone else needs none, so none is kept.
        interviewerReason = byAllocatedWorker ? interviewerReason : null;
        problems.maxLength(interviewerReason, "interviewerReason", "The reason", INTERVIEWER_REASON_LENGTH);

        if (outcome == InterviewOutcome.DECLINED) {
            problems.require(in.offeredAt() != null, "offeredAt", "Say when the interview was offered");
            problems.requireText(declinedReason, "declinedReason", "The child's reason for declining", REASON_LENGTH);
        } else {
            problems.require(declinedReason == null, "declinedReason",
                    "Only a declined interview has a reason for declining");
        }

        if (outcome == InterviewOutcome.NOT_HELD) {
            problems.requireText(notHeldReason, "notHeldReason", "The reason it will not be held", REASON_LENGTH);
            decidedBy = in.decidedById() == null ? facts.callerId() : in.decidedById();
            problems.require(in.decidedById() == null || facts.isStaff().test(in.decidedById()), "decidedById",
                    "No such member of staff");
        } else {
            problems.require(notHeldReason == null, "notHeldReason",
                    "Only an interview that was not held has a reason for not holding it");
            problems.require(in.decidedById() == null, "decidedById",
                    "Who decided is recorded only for a decision not to hold an interview");
        }

        Set<ExploitationIndicator> indicators = in.exploitationIndicators() == null ? Set.of()
                : Set.copyOf(in.exploitationIndicators());
        String followUp = text(in.indicatorFollowUp());
        problems.require(indicators.isEmpty() || followUp != null, "indicatorFollowUp",
                "A sign of harm or exploitation is ticked: say what is being done about it");
        problems.maxLength(followUp, "indicatorFollowUp", "The follow-up", ACCOUNT_LENGTH);
        problems.require(in.strategyDiscussionNeeded() != null, "strategyDiscussionNeeded",
                "Say whether a strategy discussion is needed");

        String whereabouts = text(in.whereabouts());
        String withWhom = text(in.withWhom());
        String howTravelled = text(in.howTravelled());
        String pushOther = text(in.pushFactorsOther());
        String pullOther = text(in.pullFactorsOther());
        problems.maxLength(whereabouts, "whereabouts", "Where they were", ACCOUNT_LENGTH)
                .maxLength(withWhom, "withWhom", "Who they were with", ACCOUNT_LENGTH)
                .maxLength(howTravelled, "howTravelled", "How they got there", TRAVEL_LENGTH)
                .maxLength(pushOther, "pushFactorsOther", "Other push factors", OTHER_FACTORS_LENGTH)
                .maxLength(pullOther, "pullFactorsOther", "Other pull factors", OTHER_FACTORS_LENGTH)
                .maxLength(childsWords, "childsWords", "The child's words", CHILDS_WORDS_LENGTH);

        Set<Long> factorIds = new HashSet<>();
        factorIds.addAll(factors(in.pushFactors(), FactorKind.PUSH, "pushFactors", facts, problems));
        factorIds.addAll(factors(in.pullFactors(), FactorKind.PULL, "pullFactors", facts, problems));
        List<ReturnInterview.Mention> mentions = new ArrayList<>();
        mentions.addAll(mentions(in.places(), MentionKind.PLACE, "places", problems));
        mentions.addAll(mentions(in.associates(), MentionKind.PERSON, "associates", problems));
        List<ReturnInterview.ActionItem> actions = actions(in.actions(), problems);

        problems.throwIfAny();
        Boolean withinDeadline = outcome == InterviewOutcome.HELD
                ? ReturnInterviewDeadline.heldInTime(returnedAt, in.heldAt()) : null;
        return new CheckedInterview(outcome, in.offeredAt(), in.heldAt(), withinDeadline, in.interviewerId(),
                interviewerName, byAllocatedWorker, interviewerReason, declinedReason, notHeldReason, decidedBy,
                whereabouts, withWhom, howTravelled, pushOther, pullOther, followUp, childsWords,
                Boolean.TRUE.equals(in.strategyDiscussionNeeded()), factorIds, indicators, mentions, actions);
    }

    private static InterviewOutcome outcome(ReturnInterviewInput in, Problems problems) {
        if (in.outcome() != null) {
            Boolean expected = switch (in.outcome()) {
                case HELD -> true;
                case DECLINED -> false;
                case NOT_HELD -> null;
            };
            problems.require(in.accepted() == null || in.accepted().equals(expected), "accepted",
                    "Does not agree with the outcome: " + in.outcome().label().toLowerCase());
            return in.outcome();
        }
        if (text(in.notHeldReason()) != null) {
            problems.require(in.accepted() == null, "accepted",
                    "A decision not to hold an interview has no answer from the child: leave accepted empty");
            return InterviewOutcome.NOT_HELD;
        }
        if (Boolean.FALSE.equals(in.accepted())) {
            return InterviewOutcome.DECLINED;
        }
        if (Boolean.TRUE.equals(in.accepted()) || in.heldAt() != null) {
            return InterviewOutcome.HELD;
        }
        // Nothing says what happened: ask for it, and check the rest as if held so every gap shows at once.
        problems.require(false, "accepted",
                "Say whether the interview was held, declined by the child, or not held (and why)");
        return InterviewOutcome.HELD;
    }

    private static void notInFuture(Problems problems, @Nullable Instant time, String field, String what, Instant now) {
        problems.require(time == null || !time.isAfter(now), field, what + " cannot be in the future");
    }

    private static Set<Long> factors(@Nullable List<String> codes, FactorKind kind, String field, Facts facts,
                                     Problems problems) {
        Set<Long> ids = new HashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            MissingFactor factor = code == null ? null : facts.factorsByCode().get(code.trim());
            if (factor == null || factor.kind() != kind) {
                problems.require(false, field, "'" + code + "' is not one of the " + kind.label().toLowerCase());
            } else if (!factor.active() && !facts.alreadyTicked().contains(factor.id())) {
                problems.require(false, field, "'" + factor.label() + "' is no longer offered");
            } else {
                ids.add(factor.id());
            }
        }
        return ids;
    }

    /** Names as written, trimmed, without repeats of the same name (by its match key). */
    private static List<ReturnInterview.Mention> mentions(@Nullable List<String> names, MentionKind kind, String field,
                                                          Problems problems) {
        Map<String, ReturnInterview.Mention> byKey = new LinkedHashMap<>();
        for (String name : names == null ? List.<String>of() : names) {
            String trimmed = text(name);
            if (trimmed == null) {
                continue;
            }
            String key = MentionKeys.key(trimmed);
            if (trimmed.length() > NAME_LENGTH) {
                problems.require(false, field, "Each name must be at most " + NAME_LENGTH + " characters");
            } else if (Text.problemWith(trimmed).isPresent()) {
                problems.require(false, field, "A name " + Text.problemWith(trimmed).get());
            } else if (!key.isEmpty()) {
                byKey.putIfAbsent(key, new ReturnInterview.Mention(kind, trimmed, key));
            }
        }
        problems.require(byKey.size() <= MOST_MENTIONS, field, "At most " + MOST_MENTIONS + " names");
        return List.copyOf(byKey.values());
    }

    private static List<ReturnInterview.ActionItem> actions(@Nullable List<InterviewAction> actions, Problems problems) {
        List<ReturnInterview.ActionItem> checked = new ArrayList<>();
        List<InterviewAction> given = actions == null ? List.of() : actions;
        problems.require(given.size() <= MOST_ACTIONS, "actions", "At most " + MOST_ACTIONS + " actions");
        for (int i = 0; i < given.size(); i++) {
            InterviewAction action = given.get(i);
            String description = action == null ? null : text(action.description());
            String owner = action == null ? null : text(action.owner());
            var dueDate = action == null ? null : action.dueDate();
            if (description == null) {
                problems.add(FieldProblem.ofAction(i, "description", "Say what will be done"));
            } else {
                actionText(problems, i, "description", description, ACTION_LENGTH);
            }
            if (owner == null) {
                problems.add(FieldProblem.ofAction(i, "owner", "Say who will do it (a person or an agency)"));
            } else {
                actionText(problems, i, "owner", owner, NAME_LENGTH);
            }
            if (dueDate == null) {
                problems.add(FieldProblem.ofAction(i, "dueDate", "Say when it is due"));
            }
            if (description != null && owner != null && dueDate != null) {
                checked.add(new ReturnInterview.ActionItem(description, owner, dueDate));
            }
        }
        return checked;
    }

    private static void actionText(Problems problems, int index, String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            problems.add(FieldProblem.ofAction(index, field, "At most " + maxLength + " characters"));
        } else {
            Text.problemWith(value).ifPresent(p -> problems.add(FieldProblem.ofAction(index, field, "This " + p)));
        }
    }

    /** Trimmed, or null when there is nothing but space (invisible characters included). */
    static @Nullable String text(@Nullable String value) {
        return value == null || Text.isBlank(value) ? null : value.strip();
    }
}

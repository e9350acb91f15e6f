package org.waypoint.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.InvalidInputException;

/** What a return interview must say for each outcome, checked without a database. */
class InterviewRulesTest {

    static final Instant NOW = Instant.parse("2026-06-12T12:00:00Z");
    static final Instant RETURNED = NOW.minus(Duration.ofHours(20));
    static final long CALLER = 7;
    static final long WORKER = 8;
    static final long INDEPENDENT = 9;
    static final MissingFactor CONFLICT = new MissingFactor(1, FactorKind.PUSH, "CONFLICT", "Conflict", true, 0);
    static final MissingFactor FRIENDS = new MissingFactor(2, FactorKind.PULL, "FRIENDS", "Friends", true, 0);
    static final MissingFactor RETIRED = new MissingFactor(3, FactorKind.PULL, "OLD", "Old wording", false, 1);

    static InterviewRules.Facts facts(Set<Long> alreadyTicked) {
        return new InterviewRules.Facts(NOW, RETURNED, WORKER, CALLER,
                Map.of("CONFLICT", CONFLICT, "FRIENDS", FRIENDS, "OLD", RETIRED), alreadyTicked,
                id -> id == WORKER || id == INDEPENDENT || id == CALLER);
    }

    static ReturnInterviewInput held(Long interviewer, String reason, List<String> pull, List<String> places) {
        return new ReturnInterviewInput(null, null, RETURNED.plus(Duration.ofHours(1)),
                RETURNED.plus(Duration.ofHours(3)), interviewer, null, reason, true, null, null, null,
                "Town", "Friends", "Bus", List.of("CONFLICT"), pull, null, null, Set.of(), null,
                " I was with my mates. ", List.of(), false, places, List.of());
    }

    static List<String> fieldsRefused(ReturnInterviewInput input) {
        try {
            InterviewRules.check(input, facts(Set.of()));
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
    }

    @Test
    void aHeldInterviewIsCheckedTrimmedAndTimedAgainstThe72Hours() {
        CheckedInterview checked = InterviewRules.check(held(INDEPENDENT, null, List.of("FRIENDS"), List.of()),
                facts(Set.of()));
        assertThat(checked.outcome()).isEqualTo(InterviewOutcome.HELD);
        assertThat(checked.withinDeadline()).isTrue();
        assertThat(checked.byAllocatedWorker()).isFalse();
        assertThat(checked.childsWords()).isEqualTo("I was with my mates.");
        assertThat(checked.factorIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(checked.decidedBy()).isNull();
    }

    @Test
    void theAllocatedWorkerAsInterviewerIsFlaggedAndNeedsAReasonWhileAnyoneElsesReasonIsDropped() {
        assertThat(fieldsRefused(held(WORKER, null, List.of(), List.of()))).containsExactly("interviewerReason");
        assertThat(InterviewRules.check(held(WORKER, "The child asked for her", List.of(), List.of()), facts(Set.of()))
                .byAllocatedWorker()).isTrue();
        CheckedInterview independent = InterviewRules.check(held(INDEPENDENT, "not needed", List.of(), List.of()),
                facts(Set.of()));
        assertThat(independent.interviewerReason()).isNull();
        assertThat(fieldsRefused(held(12345L, null, List.of(), List.of()))).containsExactly("interviewerId");
    }

    @Test
    void factorsMustBeOfTheirKindAndRetiredOnesOnlyStayWhereTheyWereTicked() {
        assertThat(fieldsRefused(held(INDEPENDENT, null, List.of("CONFLICT"), List.of()))).containsExactly("pullFactors");
        assertThat(fieldsRefused(held(INDEPENDENT, null, List.of("NOPE"), List.of()))).containsExactly("pullFactors");
        assertThat(fieldsRefused(held(INDEPENDENT, null, List.of("OLD"), List.of()))).containsExactly("pullFactors");
        assertThat(InterviewRules.check(held(INDEPENDENT, null, List.of("OLD"), List.of()), facts(Set.of(3L)))
                .factorIds()).contains(3L);
    }

    @Test
    void namesAreKeptOnceEachAsFirstWrittenAndEmptyOnesDropped() {
        CheckedInterview checked = InterviewRules.check(held(INDEPENDENT, null, List.of(),
                List.of("The Union St. flats", "union st flats", "  ", "Central Park")), facts(Set.of()));
        assertThat(checked.mentions()).extracting(ReturnInterview.Mention::name)
                .containsExactly("The Union St. flats", "Central Park");
        assertThat(checked.mentions()).extracting(ReturnInterview.Mention::nameKey)
                .containsExactly("union st flats", "central park");
    }

    @Test
    void anExplicitOutcomeDecidesWhatIsRequired() {
        var notHeld = new ReturnInterviewInput(null, InterviewOutcome.NOT_HELD, null, null, null, null, null, null,
                null, "  ", null, null, null, null, null, null, null, null, null, null, null, null, true, null, null);
        assertThat(fieldsRefused(notHeld)).containsExactly("notHeldReason");

        var withReason = new ReturnInterviewInput(null, InterviewOutcome.NOT_HELD, null, null, null, null, null, null,
                null, "In custody", null, null, null, null, null, null, null, null, null, null, null, null, true,
                null, null);
        CheckedInterview checked = InterviewRules.check(withReason, facts(Set.of()));
        assertThat(checked.outcome()).isEqualTo(InterviewOutcome.NOT_HELD);
        assertThat(checked.decidedBy()).isEqualTo(CALLER);
        assertThat(checked.withinDeadline()).isNull();

        var contradicting = new ReturnInterviewInput(null, InterviewOutcome.DECLINED, NOW, null, null, null, null,
                true, "No thanks", null, null, null, null, null, null, null, null, null, null, null, null, null,
                false, null, null);
        assertThat(fieldsRefused(contradicting)).containsExactly("accepted");
    }

    @Test
    void heldAfterThe72HoursIsSavedAsLate() {
        var late = new ReturnInterviewInput(null, null, RETURNED.plus(Duration.ofHours(1)),
                RETURNED.plus(Duration.ofHours(72)).plusSeconds(60), INDEPENDENT, null, null, true, null, null, null,
                null, null, null, null, null, null, null, null, null, "Words", null, false, null, null);
        var facts = new InterviewRules.Facts(RETURNED.plus(Duration.ofDays(5)), RETURNED, WORKER, CALLER, Map.of(),
                Set.of(), id -> true);
        assertThat(InterviewRules.check(late, facts).withinDeadline()).isFalse();
    }

    @Test
    void withoutAReturnTimeNothingCanBeSaved() {
        var facts = new InterviewRules.Facts(NOW, null, WORKER, CALLER, Map.of(), Set.of(), id -> true);
        assertThatThrownBy(() -> InterviewRules.check(held(INDEPENDENT, null, List.of(), List.of()), facts))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("returnedAt"));
    }

    @Test
    void actionsNameWhatIsMissingOnTheirRow() {
        var input = new ReturnInterviewInput(null, null, RETURNED, RETURNED, INDEPENDENT, null, null, true, null,
                null, null, null, null, null, null, null, null, null, null, null, "Words",
                List.of(new InterviewAction("Safety plan", "Carers", LocalDate.of(2026, 6, 20)),
                        new InterviewAction("Talk to school", " ", null)), false, null, null);
        assertThatThrownBy(() -> InterviewRules.check(input, facts(Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.ofAction(1, "owner", "Say who will do it (a person or an agency)"),
                                FieldProblem.ofAction(1, "dueDate", "Say when it is due")));
    }
}

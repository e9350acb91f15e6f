package org.waypoint.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.common.FieldProblem;
import org.waypoint.plans.PlanAction;

class PathwayGateTest {

    static final LocalDate DUE = LocalDate.of(2026, 6, 1);

    static Map<Matter, PathwaySection> complete() {
        Map<Matter, PathwaySection> sections = new EnumMap<>(Matter.class);
        for (Matter m : Matter.values()) {
            sections.put(m, new PathwaySection("Needs", "In my words", List.of(PlanAction.of("Book a visit", "Sam (PA)", DUE)),
                    m == Matter.ACCOMMODATION ? true : null, m == Matter.ACCOMMODATION ? "Near college" : null));
        }
        return sections;
    }

    @Test
    void aCompletePlanPasses() {
        assertThat(PathwayGate.gaps(complete(), DUE)).isEmpty();
    }

    @Test
    void aMatterMayHaveNoActionsButNeedsTheViews() {
        var sections = complete();
        sections.put(Matter.IDENTITY, new PathwaySection(null, "I am proud of where I come from", List.of(), null, null));
        assertThat(PathwayGate.gaps(sections, DUE)).isEmpty();
    }

    @Test
    void anEmptyPlanListsEveryMattersViewsTheSuitabilityAndTheReview() {
        List<FieldProblem> gaps = PathwayGate.gaps(Map.of(), null);
        assertThat(gaps).extracting(FieldProblem::section, FieldProblem::field)
                .containsExactly(
                        tuple("CONTACT_AND_SUPPORT", "youngPersonViews"), tuple("EDUCATION_TRAINING", "youngPersonViews"),
                        tuple("EMPLOYMENT", "youngPersonViews"), tuple("CONTINGENCY", "youngPersonViews"),
                        tuple("ACCOMMODATION", "youngPersonViews"), tuple("ACCOMMODATION", "suitable"),
                        tuple("ACCOMMODATION", "suitableReason"), tuple("RELATIONSHIPS", "youngPersonViews"),
                        tuple("INDEPENDENT_LIVING_SKILLS", "youngPersonViews"),
                        tuple("FINANCIAL_SUPPORT", "youngPersonViews"), tuple("HEALTH", "youngPersonViews"),
                        tuple("IDENTITY", "youngPersonViews"), tuple(null, "nextReviewDate"));
    }

    @Test
    void blankViewsAreNoViews() {
        var sections = complete();
        sections.put(Matter.HEALTH, new PathwaySection("Needs", " \u00a0\t", List.of(), null, null));
        assertThat(PathwayGate.gaps(sections, DUE)).extracting(FieldProblem::section, FieldProblem::field)
                .containsExactly(tuple("HEALTH", "youngPersonViews"));
    }

    @Test
    void unsuitableAccommodationPassesWithAReason() {
        var sections = complete();
        sections.put(Matter.ACCOMMODATION, new PathwaySection("Needs", "I hate the B&B", List.of(), false,
                "A bed and breakfast is never suitable for a 17-year-old"));
        assertThat(PathwayGate.gaps(sections, DUE)).isEmpty();
    }

    /** Each action's gaps by matter, position within the matter and field. */
    @Test
    void everyActionGapNamesItsMatterPositionAndField() {
        var sections = complete();
        sections.put(Matter.FINANCIAL_SUPPORT, new PathwaySection("Needs", "I need a bank account", List.of(
                PlanAction.of("Open a bank account", "Sam (PA)", DUE),
                PlanAction.of("Apply for the bursary", null, DUE),
                PlanAction.of("Set up a budget", "Jo", null)), null, null));
        sections.put(Matter.HEALTH, new PathwaySection("Needs", "Fine", List.of(PlanAction.of(" ", null, null)), null, null));
        assertThat(PathwayGate.gaps(sections, DUE))
                .extracting(FieldProblem::section, FieldProblem::actionIndex, FieldProblem::field)
                .containsExactly(tuple("FINANCIAL_SUPPORT", 1, "owner"), tuple("FINANCIAL_SUPPORT", 2, "dueDate"),
                        tuple("HEALTH", 0, "description"), tuple("HEALTH", 0, "owner"), tuple("HEALTH", 0, "dueDate"));
    }
}

package org.waypoint.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.IntegrationTest;
import org.waypoint.TestCouncil;
import org.waypoint.oversight.ComplianceReport;
import org.waypoint.oversight.ComplianceService;
import org.waypoint.oversight.Share;
import org.waypoint.security.RunAs;

/**
 * The plans' summary rows (what the compliance figures read) follow a plan through the workflow: after each edit,
 * submission, approval and new version the team's figures are those of the plan as it now stands, and the row is
 * exactly what computing it again from the plan's tables gives. A past day still gives that day's figures after the
 * plan changed.
 */
@IntegrationTest
class PlanSummaryTest {

    @Autowired
    TestCouncil council;
    @Autowired
    RunAs runAs;
    @Autowired
    PlanService plans;
    @Autowired
    ComplianceService compliance;
    @Autowired
    PlanSummaries summaries;
    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now();
    TestCouncil.Unit unit;
    UUID child;

    @BeforeEach
    void team() {
        unit = council.unit();
        child = council.child(unit);
    }

    private PlanInput plan(boolean allDated, LocalDate review) {
        return new PlanInput(PlanType.CIN, List.of(new PlanInput.Outcome("Goes to school every day")),
                List.of(new PlanInput.Action("Walk to school with mum each morning", "Mum", null,
                                today.plusWeeks(2), null, null, 0),
                        new PlanInput.Action("Book a dental check-up", "School nurse", null,
                                allDated ? today.plusWeeks(4) : null, null, null, 0)),
                "If attendance drops, a meeting with school within a week", "I like my new teacher", null,
                "Mum agrees", review, today.minusDays(60));
    }

    private Map<String, Share> figures(LocalDate day) {
        ComplianceReport report = runAs.user(unit.manager(), () -> compliance.compliance(day));
        return report.teams().stream().filter(t -> t.id() == unit.teamId()).findFirst().orElseThrow().figures();
    }

    /** The plan's summary row as the service left it, which must be what computing it again gives. */
    private Map<String, Object> summaryOf(UUID planId) {
        Map<String, Object> kept = jdbc.queryForMap("select * from plan_summary where plan_id = ?", planId);
        summaries.rebuildAll();
        assertThat(jdbc.queryForMap("select * from plan_summary where plan_id = ?", planId)).isEqualTo(kept);
        return kept;
    }

    @Test
    void theFiguresFollowAnEditASubmissionAnApprovalAndANewVersion() {
        LocalDate review = today.plusDays(20);
        PlanDetail draft = runAs.user(unit.worker(), () -> plans.create(child, plan(false, review)));
        // A plan started two months ago and never approved is out of date; one action of two is undated, so not
        // complete.
        assertThat(figures(today).get("plansUpToDateCin")).isEqualTo(new Share(0, 1));
        assertThat(figures(today).get("plansComplete")).isEqualTo(new Share(0, 1));
        assertThat(summaryOf(draft.planId())).containsEntry("status", "DRAFT").containsEntry("action_count", 2)
                .containsEntry("complete_count", 1);

        PlanDetail edited = runAs.user(unit.worker(), () -> plans.update(draft.id(), draft.version(), plan(true, review)));
        assertThat(figures(today).get("plansComplete")).isEqualTo(new Share(1, 1));
        assertThat(summaryOf(draft.planId())).containsEntry("complete_count", 2);

        PlanDetail submitted = runAs.user(unit.worker(), () -> plans.submit(edited.id(), edited.version()));
        assertThat(summaryOf(draft.planId())).containsEntry("status", "SUBMITTED").containsEntry("approved_at", null);

        runAs.user(unit.manager(), () -> plans.approve(submitted.id(), "Clear, owned and dated"));
        assertThat(summaryOf(draft.planId())).containsEntry("status", "APPROVED")
                .containsEntry("review_due", java.sql.Date.valueOf(review));
        assertThat(figures(today).get("plansUpToDateCin")).isEqualTo(new Share(1, 1));

        // A change to the approved plan is a new draft with an undated action: no longer complete, while the
        // approved version stays in force with its review still to come.
        PlanDetail approved = runAs.user(unit.worker(), () -> plans.get(submitted.id()));
        PlanDetail second = runAs.user(unit.worker(), () -> plans.update(approved.id(), approved.version(),
                plan(false, today.plusDays(40))));
        assertThat(second.number()).isEqualTo(2);
        assertThat(figures(today).get("plansComplete")).isEqualTo(new Share(0, 1));
        assertThat(figures(today).get("plansUpToDateCin")).isEqualTo(new Share(1, 1));
        assertThat(summaryOf(draft.planId())).containsEntry("status", "DRAFT").containsEntry("complete_count", 1)
                .containsEntry("review_due", java.sql.Date.valueOf(review));
    }

    @Test
    void aPastDayCountsTheVersionsOfThenAfterThePlanChanged() {
        PlanDetail first = runAs.user(unit.worker(), () -> plans.create(child, plan(true, today.minusDays(5))));
        PlanDetail submitted = runAs.user(unit.worker(), () -> plans.submit(first.id(), first.version()));
        runAs.user(unit.manager(), () -> plans.approve(submitted.id(), "Clear, owned and dated"));
        // The first version was written 40 days ago and approved 35 days ago, its review due 5 days ago.
        jdbc.update("update plan_version set created_at = ?, approved_at = ? where id = ?",
                ago(40), ago(35), first.id());
        PlanDetail approved = runAs.user(unit.worker(), () -> plans.get(first.id()));
        PlanDetail second = runAs.user(unit.worker(), () -> plans.update(approved.id(), approved.version(),
                plan(false, today.plusDays(60))));

        // Today: the second version is current (an undated action), the first still in force (review passed).
        assertThat(figures(today).get("plansComplete")).isEqualTo(new Share(0, 1));
        assertThat(figures(today).get("plansUpToDateCin")).isEqualTo(new Share(0, 1));
        // Ten days ago the first version was current (complete) and in force, its review not yet due.
        assertThat(figures(today.minusDays(10)).get("plansComplete")).isEqualTo(new Share(1, 1));
        assertThat(figures(today.minusDays(10)).get("plansUpToDateCin")).isEqualTo(new Share(1, 1));

        // Completing and approving the second version today moves the version in force; ten days ago is unchanged.
        PlanDetail completed = runAs.user(unit.worker(), () -> plans.update(second.id(), second.version(),
                plan(true, today.plusDays(60))));
        PlanDetail sent = runAs.user(unit.worker(), () -> plans.submit(completed.id(), completed.version()));
        runAs.user(unit.manager(), () -> plans.approve(sent.id(), "Reviewed today"));
        assertThat(figures(today).get("plansComplete")).isEqualTo(new Share(1, 1));
        assertThat(figures(today).get("plansUpToDateCin")).isEqualTo(new Share(1, 1));
        assertThat(figures(today.minusDays(10)).get("plansUpToDateCin")).isEqualTo(new Share(1, 1));
        assertThat(figures(today.minusDays(3)).get("plansUpToDateCin")).isEqualTo(new Share(0, 1));

        // A third version approved today: changed twice since those days, the plan's versions of then are looked up
        // (the second version's review, in 60 days, would count three days ago as up to date).
        PlanDetail reviewed = runAs.user(unit.worker(), () -> plans.get(sent.id()));
        PlanDetail third = runAs.user(unit.worker(), () -> plans.update(reviewed.id(), reviewed.version(),
                plan(true, today.plusDays(90))));
        PlanDetail thirdSent = runAs.user(unit.worker(), () -> plans.submit(third.id(), third.version()));
        runAs.user(unit.manager(), () -> plans.approve(thirdSent.id(), "Reviewed again"));
        assertThat(third.number()).isEqualTo(3);
        assertThat(figures(today.minusDays(10)).get("plansComplete")).isEqualTo(new Share(1, 1));
        assertThat(figures(today.minusDays(10)).get("plansUpToDateCin")).isEqualTo(new Share(1, 1));
        assertThat(figures(today.minusDays(3)).get("plansUpToDateCin")).isEqualTo(new Share(0, 1));
        assertThat(figures(today).get("plansUpToDateCin")).isEqualTo(new Share(1, 1));
        // Before the plan was written there was nothing to count as complete.
        assertThat(figures(today.minusDays(45)).get("plansComplete")).isEqualTo(Share.NONE);
    }

    private static Timestamp ago(int days) {
        return Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
    }
}

package org.waypoint.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waypoint.IntegrationTest;
import org.waypoint.TestCouncil;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanInput;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.PlanType;
import org.waypoint.missing.NewMissingEpisode;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.RunAs;

/** "My day" for each role, from its own team's records; nothing from another team; and a new source plugs in. */
@IntegrationTest
class MyDayTest {

    @Autowired
    TestCouncil council;
    @Autowired
    RunAs runAs;
    @Autowired
    MyDayService myDay;
    @Autowired
    MissingEpisodeService missing;
    @Autowired
    ChildService children;
    @Autowired
    ChildAccess access;
    @Autowired
    List<DueItemSource> sources;
    @Autowired
    Clock clock;
    @Autowired
    PlanService plans;

    TestCouncil.Unit unit;
    UUID returned;
    UUID stillMissing;
    UUID unallocated;

    @BeforeEach
    void teamWithWorkWaiting() {
        unit = council.unit();
        returned = council.child(unit);
        stillMissing = council.child(unit);
        unallocated = council.child(unit.teamId(), null, Category.CIN, LocalDate.now().minusYears(6));
        Instant now = Instant.now();
        runAs.user(unit.worker(), () -> {
            missing.recordEpisode(returned, new NewMissingEpisode(null, now.minus(Duration.ofHours(30)),
                    now.minus(Duration.ofMinutes(20 * 60 + 30)), true, null, null, null));
            missing.recordEpisode(stillMissing, new NewMissingEpisode(null, now.minus(Duration.ofHours(5)), null,
                    true, null, null, null));
        });
    }

    private List<DueItem> dayOf(String username) {
        return runAs.user(username, () -> myDay.myDay());
    }

    @Test
    void aWorkerSeesTheirChildrensItemsAndTheirOwnSupervision() {
        List<DueItem> items = dayOf(unit.worker());

        assertThat(items).extracting(DueItem::label).containsExactlyInAnyOrder(
                "Missing now", "Return interview: 51 hours left", "Your supervision");
        DueItem interview = items.stream().filter(i -> i.label().startsWith("Return interview")).findFirst().orElseThrow();
        assertThat(interview.childId()).isEqualTo(returned);
        assertThat(interview.about()).startsWith("Test Child ");
        assertThat(interview.link()).matches("missing/episodes/[0-9a-f-]{36}/interview");
        DueItem supervision = items.stream().filter(i -> i.childId() == null).findFirst().orElseThrow();
        assertThat(supervision.link()).isEqualTo("my-supervision");
        assertThat(supervision.detail()).isEqualTo("No supervision recorded yet");
        assertThat(items).isSortedAccordingTo(java.util.Comparator.comparing(DueItem::due));

        assertThat(dayOf(unit.otherWorker())).extracting(DueItem::label).containsExactly("Your supervision");
    }

    @Test
    void anInterviewPastItsSeventyTwoHoursIsOverdueOnItsLastDayToo() {
        UUID late = council.child(unit);
        Instant now = Instant.now();
        runAs.user(unit.worker(), () -> missing.recordEpisode(late, new NewMissingEpisode(null,
                now.minus(Duration.ofHours(80)), now.minus(Duration.ofHours(72).plusMinutes(1)), true, null, null, null)));

        DueItem interview = dayOf(unit.worker()).stream().filter(i -> late.equals(i.childId())).findFirst().orElseThrow();

        assertThat(interview.label()).startsWith("Return interview: overdue by");
        assertThat(interview.dueBy()).isBefore(now);
        assertThat(interview.overdueAt(now, LocalDate.now(clock))).isTrue();
        assertThat(interview.overdueAt(interview.dueBy().minusSeconds(1), LocalDate.now(clock))).isFalse();
    }

    @Test
    void aTeamManagerSeesTheTeamsSupervisionInterviewsAndChildrenToAllocate() {
        TestCouncil.Unit elsewhere = council.unit();
        UUID theirs = council.child(elsewhere);
        runAs.user(elsewhere.worker(), () -> missing.recordEpisode(theirs, new NewMissingEpisode(null,
                Instant.now().minus(Duration.ofHours(3)), null, true, null, null, null)));

        List<DueItem> items = dayOf(unit.manager());

        assertThat(items).extracting(DueItem::label, DueItem::about).contains(
                org.assertj.core.groups.Tuple.tuple("Supervision due", "Staff " + unit.worker()),
                org.assertj.core.groups.Tuple.tuple("Supervision due", "Staff " + unit.otherWorker()),
                org.assertj.core.groups.Tuple.tuple("Return interview: 51 hours left", name(returned)),
                org.assertj.core.groups.Tuple.tuple("Missing now", name(stillMissing)),
                org.assertj.core.groups.Tuple.tuple("Allocate a worker", name(unallocated)));
        assertThat(items).filteredOn(i -> "Supervision due".equals(i.label())).extracting(DueItem::link)
                .containsExactlyInAnyOrder("supervision/new/" + unit.workerId(), "supervision/new/" + unit.otherWorkerId());
        assertThat(items).filteredOn(i -> "Allocate a worker".equals(i.label())).singleElement()
                .satisfies(i -> assertThat(i.childId()).isEqualTo(unallocated));
        assertThat(items).extracting(DueItem::childId).doesNotContain(theirs);
        assertThat(items).filteredOn(i -> "Missing now".equals(i.label())).singleElement()
                .satisfies(i -> assertThat(i.detail()).isEqualTo("Allocated to Staff " + unit.worker()));
    }

    @Test
    void plansWaitForTheirManagerThenGoBackToTheirAuthorWithTheActionsPastTheirDate() {
        UUID child = council.child(unit);
        PlanDetail plan = runAs.user(unit.worker(), () -> plans.create(child, new PlanInput(PlanType.CIN,
                List.of(new PlanInput.Outcome("Goes to school every day")),
                List.of(new PlanInput.Action("Meet the school's attendance officer", null, unit.workerId(),
                        LocalDate.now().minusDays(2), null, null, 0)),
                "Stay with her aunt", "I like my school", null, null, null, null)));
        runAs.user(unit.worker(), () -> plans.submit(plan.id(), null));

        assertThat(dayOf(unit.manager())).filteredOn(i -> i.label().equals("Child in need plan waiting for your approval"))
                .singleElement().satisfies(i -> {
                    assertThat(i.link()).isEqualTo("plans/" + plan.id() + "/approval");
                    assertThat(i.detail()).isEqualTo("Sent by Staff " + unit.worker());
                });
        runAs.user(unit.manager(), () -> plans.giveBack(plan.id(), "The action's date has passed: set a new one."));

        assertThat(dayOf(unit.manager())).extracting(DueItem::label).doesNotContain("Child in need plan waiting for your approval");
        List<DueItem> mine = dayOf(unit.worker());
        assertThat(mine).extracting(DueItem::label, DueItem::link).contains(
                org.assertj.core.groups.Tuple.tuple("Child in need plan returned to you: change it and send it again",
                        "plans/" + plan.id() + "/edit"),
                org.assertj.core.groups.Tuple.tuple("Your action is past its date: Meet the school's attendance officer",
                        "plans/" + plan.id()));
        assertThat(dayOf(unit.otherWorker())).extracting(DueItem::label).containsExactly("Your supervision");
    }

    @Test
    void theDemoPathwayPlansWaitForTm2AndTheReturnedOneForPa() {
        assertThat(dayOf("tm2")).filteredOn(i -> i.label().equals("Pathway plan waiting for your approval"))
                .isNotEmpty().allSatisfy(i -> assertThat(i.link()).matches("pathway-plans/[0-9a-f-]{36}/review"));
        assertThat(dayOf("pa")).filteredOn(i -> i.label().startsWith("Pathway plan returned to you"))
                .isNotEmpty().allSatisfy(i -> assertThat(i.link()).isEqualTo("pathway/" + i.childId()));
        assertThat(dayOf("tm")).extracting(DueItem::label).doesNotContain("Pathway plan waiting for your approval");
    }

    @Test
    void aHeadOfServiceSeesTheFiguresOfTheirAreasOnly() {
        String hos = unit.prefix() + "-hos";
        council.headOfService(hos, Set.of(unit.serviceAreaId()));

        List<HomeFigure> figures = runAs.user(hos, () -> myDay.figures());

        assertThat(figures).isSortedAccordingTo(java.util.Comparator.comparingInt(HomeFigure::order));
        assertThat(figures).extracting(HomeFigure::label, HomeFigure::value).contains(
                org.assertj.core.groups.Tuple.tuple("Children waiting for a worker", "1"),
                org.assertj.core.groups.Tuple.tuple("Children missing now", "1"),
                org.assertj.core.groups.Tuple.tuple("Return interviews to hold", "1"),
                org.assertj.core.groups.Tuple.tuple("Workers supervised in time", "0%"));
        assertThat(figures).allSatisfy(f -> assertThat(f.link()).isNotBlank());
        assertThat(dayOf(hos)).isEmpty();
        assertThat(runAs.user(unit.worker(), () -> myDay.figures())).isEmpty();
    }

    /** How the plans feature adds "plans waiting for your approval": one more bean. */
    @Test
    void aNewSourcePlugsInForManagers() {
        DueItemSource plans = new DueItemSource() {
            @Override
            public List<DueItem> dueItems(Collection<UUID> childIds, LocalDate today) {
                return List.of();
            }

            @Override
            public List<DueItem> forMe(CurrentUser user, CaseScope scope, LocalDate today) {
                return user.role() == Role.TEAM_MANAGER && scope.teamIds().contains(unit.teamId())
                        ? List.of(new DueItem(returned, "Plan waiting for your approval", today, "A child",
                        "Submitted by Sam", "plans/1/approve")) : List.of();
            }
        };
        var withPlans = new MyDayService(children, access,
                java.util.stream.Stream.concat(sources.stream(), java.util.stream.Stream.of(plans)).toList(),
                List.of(), clock);

        assertThat(runAs.user(unit.manager(), withPlans::myDay)).extracting(DueItem::label)
                .contains("Plan waiting for your approval");
        assertThat(runAs.user(unit.worker(), withPlans::myDay)).extracting(DueItem::label)
                .doesNotContain("Plan waiting for your approval");
    }

    private String name(UUID child) {
        return runAs.user(unit.manager(), () -> children.get(child).fullName());
    }
}

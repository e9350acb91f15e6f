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

package org.waypoint.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.waypoint.IntegrationTest;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.common.NotFoundException;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.NewMissingEpisode;
import org.waypoint.security.RunAs;
import org.waypoint.supervision.NewSupervision;
import org.waypoint.supervision.SupervisionService;

/**
 * The child's chronology: every source merged newest first, the kind filter, scope (the sources' own SQL and the
 * service's check), links only to records the reader may open, and the audit of each read.
 */
@IntegrationTest
class ChronologyTest {

    @Autowired
    TestCouncil council;
    @Autowired
    RunAs runAs;
    @Autowired
    ChronologyService chronology;
    @Autowired
    ChildService children;
    @Autowired
    MissingEpisodeService missing;
    @Autowired
    SupervisionService supervision;
    @Autowired
    List<ChronologySource> sources;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    TestCouncil.Unit unit;
    UUID child;
    Instant now;

    @BeforeEach
    void childWithAStory() {
        unit = council.unit();
        child = council.child(unit);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        runAs.user(unit.worker(), () -> missing.recordEpisode(child, new NewMissingEpisode(null,
                now.minus(Duration.ofDays(4)), now.minus(Duration.ofDays(3)), true, null, "At a friend's flat",
                "Foster carer")));
        runAs.user(unit.manager(), () -> supervision.record(new NewSupervision(unit.workerId(),
                LocalDate.now().minusDays(1), 60, "Reflected on a hard visit.", "Well.", "Manageable.", null,
                List.of(), List.of(new NewSupervision.Discussion(child, "Missing last week.",
                        "Refer to the missing panel.", "Second episode this term.", List.of())))));
    }

    private List<ChronologyEntry> as(String username, Set<String> kinds) {
        return runAs.user(username, () -> chronology.chronology(child, kinds));
    }

    @Test
    void mergesEverySourceNewestFirst() {
        List<ChronologyEntry> entries = as(unit.worker(), Set.of());

        assertThat(entries).isSortedAccordingTo(ChronologyEntry.NEWEST_FIRST);
        assertThat(entries).extracting(ChronologyEntry::title).containsExactly(
                "Allocated to Staff " + unit.worker(),
                "Case opened in Team " + unit.prefix() + ", not allocated to a worker",
                "Case discussed in supervision",
                "Came back",
                "Went missing");
        assertThat(entries.get(2).detail()).isEqualTo("Decision: Refer to the missing panel.");
        assertThat(entries.get(2).link()).startsWith("supervision/records/");
        assertThat(entries.get(3).detail()).isEqualTo("Found: At a friend's flat");
        assertThat(entries.get(4).link()).matches("missing/episodes/[0-9a-f-]{36}/interview");
    }

    @Test
    void filtersByKind() {
        assertThat(as(unit.manager(), Set.of("Missing episode"))).extracting(ChronologyEntry::title)
                .containsExactly("Came back", "Went missing");
    }

    @Test
    void nothingFromAChildOutsideTheReadersScope() {
        assertThatThrownBy(() -> as(unit.otherWorker(), Set.of())).isInstanceOf(NotFoundException.class);
        // Each source applies the scope in its own query too.
        CaseScope otherWorker = new CaseScope(unit.otherWorkerId(), Set.of());
        sources.forEach(source -> assertThat(source.entries(child, otherWorker)).as(source.getClass().getSimpleName())
                .isEmpty());
        assertThat(sources).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aSupervisionTheReaderMayNotOpenIsNotLinked() {
        runAs.user(unit.manager(), () -> children.allocate(child, unit.otherWorkerId()));

        ChronologyEntry discussion = as(unit.otherWorker(), Set.of("Management oversight")).getFirst();
        assertThat(discussion.detail()).isEqualTo("Decision: Refer to the missing panel.");
        assertThat(discussion.link()).isNull();
        assertThatThrownBy(() -> as(unit.worker(), Set.of())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void eachReadAndPrintIsAudited() {
        as(unit.manager(), Set.of());
        runAs.user(unit.manager(), () -> chronology.printed(child));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(jdbc.queryForList("""
                        select action from audit_entry
                        where child_id = ? and username = ? and record_type = 'CHRONOLOGY' order by id""",
                String.class, child, unit.manager())).containsExactly("VIEW", "PRINT"));
    }

    @Test
    void servedOverRestWithTheKindFilter() throws Exception {
        mvc.perform(get("/api/v1/children/" + child + "/chronology").param("kind", "Allocation")
                        .with(TestUsers.as(accounts, unit.worker())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].kind", Matchers.everyItem(Matchers.is("Allocation"))))
                .andExpect(jsonPath("$[0].day").value(LocalDate.now().toString()));
        mvc.perform(get("/api/v1/children/" + child + "/chronology").with(TestUsers.as(accounts, unit.otherWorker())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/children/" + child + "/chronology").param("kind", "Gossip")
                        .with(TestUsers.as(accounts, unit.worker())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }
}

package org.waypoint.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.NewMissingEpisode;
import org.waypoint.sync.Mutation;
import org.waypoint.sync.MutationOutcome;
import org.waypoint.sync.SyncService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The practitioner sees an offline change beside the newer version and chooses; nothing is lost meanwhile. */
@IntegrationTest
class ConflictsViewTest extends SpringBrowserlessTest {

    @Autowired
    SyncService sync;
    @Autowired
    MissingEpisodeService missing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    JsonNode interview(Instant returned, String words) {
        return json.readTree("""
                {"offeredAt":"%s","heldAt":"%s","interviewerName":"Independent return worker, Safe Steps",
                 "accepted":true,"whereabouts":"At a friend's flat","withWhom":"Friends","childsWords":"%s",
                 "strategyDiscussionNeeded":false}""".formatted(returned.plus(Duration.ofHours(2)),
                returned.plus(Duration.ofHours(3)), words));
    }

    @Test
    @WithUserDetails("sw")
    void bothVersionsSideBySideThenTheOfflineOneIsChosen() {
        UUID child = jdbc.queryForObject("""
                select c.id from child c join staff s on s.id = c.allocated_worker_id
                where s.username = 'sw' order by c.id fetch first 1 rows only""", UUID.class);
        // long ago, so the demo's current episodes and figures stay as they are
        Instant from = Instant.now().minus(Duration.ofDays(700 + (long) (Math.random() * 300))).truncatedTo(ChronoUnit.MINUTES);
        Instant returned = from.plus(Duration.ofHours(5));
        UUID episode = missing.recordEpisode(child, new NewMissingEpisode(null, from, returned, false, null, null,
                null)).id();
        assertThat(sync.sync("tablet", List.of(new Mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null,
                interview(returned, "Office words.")))).getFirst().status()).isEqualTo(MutationOutcome.APPLIED);
        assertThat(sync.sync("tablet", List.of(new Mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null,
                interview(returned, "Tablet words.")))).getFirst().status()).isEqualTo(MutationOutcome.CONFLICT);

        ConflictsView view = navigate(ConflictsView.class);
        Div card = $(Div.class, view).withClassName("conflict-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Tablet words.")).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Return interview for", "Office words.",
                "Now on the record", "Your offline change");

        test($(Button.class, card).withText("Use my offline change").single()).click();
        assertThat(missing.episode(episode).interview().childsWords()).isEqualTo("Tablet words.");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Tablet words.");
    }

    @Test
    @WithUserDetails("tm")
    void theManagerSeesHowManyWaitInTheirTeams() {
        ConflictsView view = navigate(ConflictsView.class);
        assertThat($(Paragraph.class, view).withClassName("team-conflicts").single().getText())
                .matches("\\d+ offline changes? in your teams (is|are) waiting for a choice\\.");
    }
}

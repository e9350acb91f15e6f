package org.waypoint.missing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.common.Dates;
import org.waypoint.missing.DueInterview;
import org.waypoint.missing.Episode;
import org.waypoint.missing.Interview;
import org.waypoint.missing.InterviewOutcome;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.MissingNow;
import org.waypoint.missing.NewMissingEpisode;
import org.waypoint.missing.ReturnInterviewInput;
import org.waypoint.missing.SharedMention;
import org.waypoint.ui.StaleEditDialog;

/** The missing screens as the demo accounts see them, without a browser. */
@IntegrationTest
class MissingViewsTest extends SpringBrowserlessTest {

    @Autowired
    MissingEpisodeService missing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("sw")
    void theListPutsTheMissingChildFirstThenTheInterviewsDueLeastTimeFirst() {
        List<MissingNow> missingNow = missing.missingNow();
        List<DueInterview> due = missing.dueInterviews(Pageable.unpaged()).getContent();
        assertThat(missingNow).as("the demo gives sw a child missing now").isNotEmpty();
        assertThat(due).as("the demo gives sw interviews due").hasSizeGreaterThanOrEqualTo(2);

        MissingListView view = navigate(MissingListView.class);

        List<Div> cards = $(Div.class, view).withClassName("missing-now-card").all();
        assertThat(cards).hasSize(missingNow.size());
        assertThat(cards.getFirst().getElement().getTextRecursively()).contains(missingNow.getFirst().childName())
                .contains("Missing since " + Dates.dayTime(missingNow.getFirst().missingFrom()));
        @SuppressWarnings("unchecked")
        Grid<DueInterview> grid = $(Grid.class, view).single();
        List<Instant> dueBy = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            dueBy.add(test(grid).getRow(row).dueBy());
        }
        assertThat(dueBy).hasSize(due.size()).isSorted();
        assertThat(test(grid).getCellComponent(0, 2).getElement().getTextRecursively())
                .contains(Dates.dayTime(due.getFirst().dueBy()), due.getFirst().deadline().describe());
    }

    @Test
    @WithUserDetails("sw")
    void aHeldInterviewWithoutItsTimesIsRefusedBesideTheFieldsKeepingWhatWasTyped() {
        Episode episode = newEpisodeForASwChild();

        navigate("missing/episodes/" + episode.id() + "/interview", ReturnInterviewView.class);
        InterviewForm form = $(InterviewForm.class).single();
        assertThat(form.outcome.getValue()).isEqualTo(InterviewOutcome.HELD);
        test(form.childsWords).setValue("I went to my nan's. I wanted to see her.");
        test(form.strategy).selectItem("No");
        test($(Button.class).withText("Save return interview").single()).click();

        assertThat(form.heldAt.isInvalid()).isTrue();
        assertThat(form.heldAt.getErrorMessage()).isEqualTo("Say when the interview was held");
        assertThat(form.offeredAt.getErrorMessage()).isEqualTo("Say when the interview was offered");
        assertThat(form.interviewer.getErrorMessage()).isEqualTo("Say who held the interview");
        assertThat(form.childsWords.getValue()).isEqualTo("I went to my nan's. I wanted to see her.");
        assertThat(missing.episode(episode.id()).interview()).isNull();

        LocalDateTime returned = Times.local(episode.returnedAt());
        form.offeredAt.setValue(returned.plusHours(1));
        form.heldAt.setValue(returned.minusMinutes(30));
        test($(Button.class).withText("Save return interview").single()).click();
        assertThat(form.heldAt.getErrorMessage()).startsWith("The interview cannot be held before the child returned");

        form.heldAt.setValue(returned.plusHours(2));
        choose(form, i -> i.staffId() != null && !i.name().equals("Sam Walker"));
        test($(Button.class).withText("Save return interview").single()).click();

        Episode saved = missing.episode(episode.id());
        assertThat(saved.interview()).isNotNull();
        assertThat(saved.interview().heldWithin72Hours()).isTrue();
        assertThat(saved.interview().childsWords()).isEqualTo("I went to my nan's. I wanted to see her.");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Interview held within 72 hours");
    }

    @Test
    @WithUserDetails("sw")
    void choosingTheAllocatedWorkerAsInterviewerAsksWhy() {
        Episode episode = newEpisodeForASwChild();
        navigate("missing/episodes/" + episode.id() + "/interview", ReturnInterviewView.class);
        InterviewForm form = $(InterviewForm.class).single();
        assertThat(form.interviewerReason.isVisible()).isFalse();

        choose(form, i -> "Sam Walker".equals(i.name()));

        assertThat(form.interviewerReason.isVisible()).isTrue();
        assertThat(form.independence.getText()).contains("is the child's allocated worker");
    }

    @Test
    @WithUserDetails("sw")
    void anAmendmentMadeStaleBySomeoneElseShowsBothVersionsAndCanSaveMineOverTheirs() {
        Episode episode = newEpisodeForASwChild();
        Interview first = missing.recordReturnInterview(episode.id(), heldAfter(episode, "What she said first."));
        navigate("missing/episodes/" + episode.id() + "/interview", ReturnInterviewView.class);
        InterviewForm form = $(InterviewForm.class).single();
        assertThat(form.childsWords.getValue()).isEqualTo("What she said first.");

        missing.amendReturnInterview(episode.id(), first.version(), heldAfter(episode, "A colleague's correction."));
        test(form.childsWords).setValue("What she told me at the end.");
        test($(Button.class).withText("Save changes").single()).click();

        StaleEditDialog dialog = $(StaleEditDialog.class).single();
        @SuppressWarnings("unchecked")
        Grid<Object> lines = $(Grid.class, dialog).single();
        int words = java.util.stream.IntStream.range(0, test(lines).size())
                .filter(row -> test(lines).getCellText(row, 0).equals("In the child's own words")).findFirst().orElseThrow();
        assertThat(test(lines).getCellText(words, 1)).isEqualTo("A colleague's correction.");
        assertThat(test(lines).getCellText(words, 2)).isEqualTo("What she told me at the end.");

        test($(Button.class, dialog).withText("Save mine over it").single()).click();
        assertThat(missing.episode(episode.id()).interview().childsWords()).isEqualTo("What she told me at the end.");
    }

    private ReturnInterviewInput heldAfter(Episode episode, String words) {
        long interviewer = jdbc.queryForObject("select id from staff where username = 'tm'", Long.class);
        Instant held = episode.returnedAt().plus(Duration.ofHours(1));
        return new ReturnInterviewInput(null, InterviewOutcome.HELD, held, held, interviewer, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, words, null, false, null, null);
    }

    @Test
    @WithUserDetails("hos")
    void thePanelListsPlacesNamedByMoreThanOneChildAndDrillsIntoOne() {
        navigate(PanelView.class);
        UI.getCurrent().navigate("missing/panel", QueryParameters.simple(Map.of("days", "365")));
        PanelView view = (PanelView) getCurrentView();
        @SuppressWarnings("unchecked")
        Grid<SharedMention> places = $(Grid.class, view).first();
        SharedMention first = test(places).getRow(0);
        assertThat(first.children()).isGreaterThan(1);

        UI.getCurrent().navigate("missing/panel",
                QueryParameters.simple(Map.of("days", "365", "kind", "place", "key", first.key())));

        Div drillDown = $(Div.class).withClassName("drill-down").single();
        assertThat(drillDown.getElement().getTextRecursively()).contains("Interviews naming");
        @SuppressWarnings("unchecked")
        Grid<Object> rows = $(Grid.class, drillDown).single();
        assertThat(test(rows).size()).isEqualTo((int) first.interviews());
    }

    @Test
    @WithUserDetails("sw")
    void aSocialWorkerCannotOpenThePanel() {
        navigate("missing/panel", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(PanelView.class);
    }

    @Test
    @WithUserDetails("sw")
    void theChildsPageShowsTheMissingEpisodeAndTheWayToRecordTheReturn() {
        MissingNow child = missing.missingNow().getFirst();
        navigate("children/" + child.childId(), Component.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Missing episodes", "Missing now", "Record their return");
    }

    /** Picks an interviewer as a user does, by the label shown in the list. */
    private void choose(InterviewForm form, java.util.function.Predicate<InterviewForm.Interviewer> which) {
        var item = form.interviewer.getListDataView().getItems().filter(which).findFirst().orElseThrow();
        test(form.interviewer).selectItem(form.interviewer.getItemLabelGenerator().apply(item));
    }

    /** An episode that ended five hours ago, for one of sw's children with nothing recent. */
    private Episode newEpisodeForASwChild() {
        UUID child = jdbc.queryForList("""
                select c.id from child c join staff s on s.id = c.allocated_worker_id
                where s.username = 'sw' and c.closed_on is null
                  and not exists (select 1 from missing_episode e where e.child_id = c.id
                                  and (e.returned_at is null or e.missing_from > ?))
                order by c.id""", UUID.class, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))))
                .getFirst();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        return missing.recordEpisode(child, new NewMissingEpisode(null, now.minus(Duration.ofHours(30)),
                now.minus(Duration.ofHours(5)), true, null, "Found at nan's", "Foster carer"));
    }
}

package org.waypoint.missing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.waypoint.children.ChildRecordSection;
import org.waypoint.children.ChildSummary;
import org.waypoint.missing.Episode;
import org.waypoint.missing.MissingCounts;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.ReturnInterviewDeadline;
import org.waypoint.ui.Badges;

/** The child's missing episodes and return interviews on their record page, latest first. */
@SpringComponent
class MissingRecordSection implements ChildRecordSection {

    private final MissingEpisodeService missing;
    private final Clock clock;

    MissingRecordSection(MissingEpisodeService missing, Clock clock) {
        this.missing = missing;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    /** The section's own element, so the feature's style sheet loads on the child's page too. */
    @StyleSheet("styles/missing.css")
    static final class Section extends Div {
    }

    @Override
    public Component create(ChildSummary child) {
        var section = new Section();
        section.addClassNames("record-section", "missing-section");
        fill(section, child);
        return section;
    }

    private void fill(Div section, ChildSummary child) {
        section.removeAll();
        List<Episode> episodes = missing.episodesOf(child.id());
        MissingCounts counts = missing.counts(List.of(child.id())).getOrDefault(child.id(), MissingCounts.NONE);
        var rule = new ReturnInterviewDeadline(clock);

        var record = new Button("Record a missing episode", VaadinIcon.PLUS.create(),
                e -> MissingNavigation.toNewEpisode(child.id()));
        var header = new HorizontalLayout(new H3("Missing episodes"), record);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        section.add(header);
        if (episodes.isEmpty()) {
            var none = new Paragraph("No missing episodes recorded.");
            none.addClassName("muted");
            section.add(none);
            return;
        }
        var summary = new Div(new Span(counts.last90Days() + " in the last 90 days · " + counts.last12Months()
                + " in the last 12 months · " + episodes.size() + " in all"));
        summary.addClassName("missing-counts");
        if (counts.repeat()) {
            summary.add(Badges.of("Repeatedly missing", Badges.Tone.ERROR));
        }
        section.add(summary);
        for (Episode episode : episodes) {
            section.add(episodeDetails(episode, child, rule, () -> fill(section, child)));
        }
    }

    private Component episodeDetails(Episode e, ChildSummary child,
                                                              ReturnInterviewDeadline rule, Runnable refresh) {
        String period = Times.period(e.missingFrom(), e.returnedAt()) + (e.returnedAt() == null ? ""
                : " (" + Times.length(Duration.between(e.missingFrom(), e.returnedAt())) + ")");
        var title = new Span(period);
        title.addClassName("episode-period");
        var summary = new FlexLayout(title, EpisodeStatus.badge(e, rule));
        summary.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        summary.addClassName("episode-summary");

        var facts = new FlexLayout(
                fact("Reported to police", e.reportedToPolice()
                        ? "Yes" + (e.policeReference() == null ? "" : ", " + e.policeReference()) : "No"),
                fact("Reported by", e.reportedBy() == null ? "Not recorded" : e.reportedBy()));
        if (e.returnedAt() != null) {
            facts.add(fact("Found", e.whereFound() == null ? "Not recorded" : e.whereFound()));
        }
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassName("facts");
        var content = new Div(facts);
        if (e.interview() != null) {
            content.add(InterviewSummary.of(e.interview()));
        }
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        if (e.stillMissing()) {
            var back = new Button("Record their return", click -> new ReturnDialog(missing, clock, e.id(),
                    child.fullName(), e.missingFrom(), refresh).open());
            back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(back);
        } else if (e.interview() == null) {
            var interview = new Button("Record the return interview", click -> MissingNavigation.toInterview(e.id()));
            interview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(interview);
        } else {
            actions.add(new Button("Amend the interview", click -> MissingNavigation.toInterview(e.id())));
        }
        content.add(actions);
        var details = new Details(summary, content);
        details.setOpened(e.stillMissing() || e.interviewDue());
        details.addClassName("episode");
        return details;
    }

    private static Div fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var fact = new Div(term, new Span(value));
        fact.addClassName("fact");
        return fact;
    }
}

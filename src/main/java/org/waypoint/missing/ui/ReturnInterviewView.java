package org.waypoint.missing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.ui.ChildrenNavigation;
import org.waypoint.common.ConflictException;
import org.waypoint.common.Dates;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.StaleVersionException;
import org.waypoint.missing.Episode;
import org.waypoint.missing.EpisodeChange;
import org.waypoint.missing.ExploitationIndicator;
import org.waypoint.missing.FactorKind;
import org.waypoint.missing.Interview;
import org.waypoint.missing.InterviewOutcome;
import org.waypoint.missing.MentionKind;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.MissingEpisodeService.StaffChoice;
import org.waypoint.missing.MissingFactorService;
import org.waypoint.missing.MissingPatternService;
import org.waypoint.missing.ReturnInterviewDeadline;
import org.waypoint.missing.ReturnInterviewInput;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;
import org.waypoint.ui.Notifications;
import org.waypoint.ui.StaleEditDialog;
import org.waypoint.ui.Help;

/**
 * Captures the return interview on a tablet, during the conversation or straight after it; also amends one already
 * recorded. The 72-hour clock for this episode stays in view at the top.
 */
@Route("missing/episodes/:episodeId/interview")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("styles/missing.css")
class ReturnInterviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String EPISODE_ID = "episodeId";

    private final MissingEpisodeService missing;
    private final MissingFactorService factors;
    private final MissingPatternService patterns;
    private final ChildService children;
    private final Clock clock;
    private String title = "Return interview";
    private @Nullable Episode episode;
    /** The interview's version being amended; null while recording a new one. */
    private @Nullable Long amending;

    ReturnInterviewView(MissingEpisodeService missing, MissingFactorService factors, MissingPatternService patterns,
                        ChildService children, Clock clock) {
        this.missing = missing;
        this.factors = factors;
        this.patterns = patterns;
        this.children = children;
        this.clock = clock;
        addClassNames("page", "missing-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            UUID id = event.getRouteParameters().get(EPISODE_ID).map(UUID::fromString)
                    .orElseThrow(() -> new NotFoundException("Missing episode"));
            Episode found = missing.episode(id);
            show(found, children.get(found.childId()));
        } catch (NotFoundException | IllegalArgumentException e) {
            title = "Not found";
            add(new H2("Episode not found"), new Span("That record is not there, or you do not have access to it."));
        }
    }

    private void show(Episode found, ChildSummary child) {
        this.episode = found;
        this.amending = found.interview() == null ? null : found.interview().version();
        title = "Return interview: " + child.fullName();
        var user = CurrentUser.get();
        var staff = missing.interviewerChoices();
        var form = new InterviewForm(clock, found.returnedAt() == null, staff,
                staff.stream().filter(s -> s.id() == user.staffId()).findFirst()
                        .orElse(new StaffChoice(user.staffId(), user.displayName(), null)),
                child.allocatedWorkerId(), child.allocatedWorkerName(),
                factors.activeFactors(FactorKind.PUSH), factors.activeFactors(FactorKind.PULL),
                patterns.knownNames(MentionKind.PLACE), patterns.knownNames(MentionKind.PERSON));
        if (found.interview() != null) {
            form.fill(found.interview());
        }

        var save = new Button(amending == null ? "Save return interview" : "Save changes", e -> save(form, child));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var cancel = new Button("Cancel", e -> ChildrenNavigation.toChild(child.id()));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");

        add(new H2(title), Help.button("return-interview", "What the 72-hour clock counts from"), header(found),
                form, buttons);
    }

    /** The episode's times and the clock, kept at the top of the form. */
    private Component header(Episode e) {
        var facts = new FlexLayout(fact("Went missing", Dates.dayTime(e.missingFrom())));
        if (e.returnedAt() == null) {
            facts.add(fact("Came back", "Not yet recorded"));
        } else {
            facts.add(fact("Came back", Dates.dayTime(e.returnedAt()) + " (away "
                    + Times.length(Duration.between(e.missingFrom(), e.returnedAt())) + ")"));
            if (e.interview() == null) {
                var deadline = new ReturnInterviewDeadline(clock).deadline(e.returnedAt());
                facts.add(fact("Interview due by", new Span(Dates.dayTime(deadline.dueBy())),
                        EpisodeStatus.deadline(deadline)));
            } else {
                facts.add(fact("Interview", EpisodeStatus.badge(e, new ReturnInterviewDeadline(clock))));
            }
        }
        if (e.whereFound() != null) {
            facts.add(fact("Found", e.whereFound()));
        }
        facts.add(fact("Police", e.reportedToPolice()
                ? "Reported" + (e.policeReference() == null ? "" : ", " + e.policeReference()) : "Not reported"));
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames("facts", "episode-header");
        return facts;
    }

    private void save(InterviewForm form, ChildSummary child) {
        Episode current = episode;
        if (current == null) {
            return;
        }
        form.clearProblems();
        try {
            if (current.returnedAt() == null && form.returnedAt.getValue() != null) {
                current = missing.updateEpisode(current.id(),
                        EpisodeChange.returned(Times.instant(form.returnedAt.getValue()), null));
                episode = current;
                form.returnedAt.setReadOnly(true);
            }
            Interview saved = amending == null
                    ? missing.recordReturnInterview(current.id(), form.read())
                    : missing.amendReturnInterview(current.id(), amending, form.read());
            Notifications.saved(saved.outcome() == InterviewOutcome.HELD
                    && Boolean.FALSE.equals(saved.heldWithin72Hours())
                    ? "Saved. It was held after the 72 hours, and the record says so."
                    : "Return interview saved on " + child.givenName() + "'s record.");
            ChildrenNavigation.toChild(child.id());
        } catch (InvalidInputException problem) {
            form.show(problem);
            Notifications.problem("Some answers need attention: they are marked in red.");
        } catch (StaleVersionException | ConflictException clash) {
            showNewer(current.id(), form, child);
        }
    }

    /** Someone else saved an interview for this episode meanwhile: theirs beside what is on screen, to choose. */
    private void showNewer(UUID episodeId, InterviewForm form, ChildSummary child) {
        Interview theirs = missing.episode(episodeId).interview();
        if (theirs == null) {
            return;
        }
        ReturnInterviewInput yours = form.read();
        new StaleEditDialog("this return interview", comparable(theirs.outcome(), theirs.offeredAt(), theirs.heldAt(),
                theirs.whereabouts(), theirs.withWhom(), theirs.howTravelled(), theirs.childsWords(),
                theirs.exploitationIndicators(), theirs.indicatorFollowUp(), theirs.strategyDiscussionNeeded()),
                comparable(yours.outcome(), yours.offeredAt(), yours.heldAt(), yours.whereabouts(), yours.withWhom(),
                        yours.howTravelled(), yours.childsWords(), yours.exploitationIndicators(),
                        yours.indicatorFollowUp(), yours.strategyDiscussionNeeded()),
                () -> {
                    amending = theirs.version();
                    save(form, child);
                },
                () -> UI.getCurrent().getPage().reload()).open();
    }

    /** The parts of an interview two people are most likely to have written differently, by label. */
    private static Map<String, String> comparable(@Nullable InterviewOutcome outcome, @Nullable Instant offeredAt,
                                                  @Nullable Instant heldAt, @Nullable String whereabouts,
                                                  @Nullable String withWhom, @Nullable String howTravelled,
                                                  @Nullable String childsWords,
                                                  @Nullable Set<ExploitationIndicator> indicators,
                                                  @Nullable String followUp, @Nullable Boolean strategy) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("What happened", outcome == null ? "" : outcome.label());
        lines.put("Offered", Dates.dayTime(offeredAt));
        lines.put("Held", Dates.dayTime(heldAt));
        lines.put("Where they were", Objects.toString(whereabouts, ""));
        lines.put("Who with", Objects.toString(withWhom, ""));
        lines.put("How they got there", Objects.toString(howTravelled, ""));
        lines.put("In the child's own words", Objects.toString(childsWords, ""));
        lines.put("Signs of harm", indicators == null ? "" : indicators.stream().sorted()
                .map(ExploitationIndicator::label).collect(Collectors.joining(", ")));
        lines.put("Follow-up", Objects.toString(followUp, ""));
        lines.put("Strategy discussion", strategy == null ? "" : strategy ? "Needed" : "Not needed");
        return lines;
    }

    private static Div fact(String label, String value) {
        return fact(label, new Span(value));
    }

    private static Div fact(String label, Component... value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var fact = new Div(term);
        fact.add(value);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

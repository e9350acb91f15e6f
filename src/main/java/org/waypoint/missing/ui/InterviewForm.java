package org.waypoint.missing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.InvalidInputException;
import org.waypoint.missing.ExploitationIndicator;
import org.waypoint.missing.Interview;
import org.waypoint.missing.InterviewOutcome;
import org.waypoint.missing.MissingEpisodeService.StaffChoice;
import org.waypoint.missing.MissingFactor;
import org.waypoint.missing.ReturnInterviewInput;
import org.waypoint.ui.FieldErrors;

/**
 * The return interview in one flowing form, in the order the conversation usually goes: what happened to the
 * offer, where they were and who with, why they went, any signs of harm, the child's own words, and what happens
 * next. Fields that do not apply to the chosen outcome are hidden and not sent.
 */
class InterviewForm extends Div {

    /** Someone to name as interviewer: a member of staff, or (no id) someone from another organisation. */
    record Interviewer(@Nullable Long staffId, String name, @Nullable String team) {
    }

    /** Shown only while the episode has no return time: the interview comes after the return. */
    final DateTimePicker returnedAt;
    final RadioButtonGroup<InterviewOutcome> outcome = new RadioButtonGroup<>("What happened to the offer of an interview?");
    final DateTimePicker offeredAt;
    final DateTimePicker heldAt;
    final ComboBox<Interviewer> interviewer = new ComboBox<>("Who held it?");
    final Paragraph independence = new Paragraph();
    final TextArea interviewerReason = new TextArea("Why the allocated worker held it");
    final TextArea declinedReason = new TextArea("The child's reason for declining");
    final TextArea notHeldReason = new TextArea("Why it will not be held");
    final ComboBox<StaffChoice> decidedBy = new ComboBox<>("Who decided?");
    final TextArea whereabouts = new TextArea("Where were they?");
    final TextArea withWhom = new TextArea("Who were they with?");
    final TextArea howTravelled = new TextArea("How did they get there and back?");
    final MultiSelectComboBox<String> places = new MultiSelectComboBox<>("Places named");
    final MultiSelectComboBox<String> associates = new MultiSelectComboBox<>("People named");
    final CheckboxGroup<MissingFactor> push = new CheckboxGroup<>("What pushed them away?");
    final TextField pushOther = new TextField("Anything else that pushed them away");
    final CheckboxGroup<MissingFactor> pull = new CheckboxGroup<>("What drew them away?");
    final TextField pullOther = new TextField("Anything else that drew them away");
    final CheckboxGroup<ExploitationIndicator> indicators = new CheckboxGroup<>("Signs of harm or exploitation");
    final TextArea followUp = new TextArea("What is being done about it?");
    final TextArea childsWords = new TextArea("In the child's own words");
    final ActionsEditor actions = new ActionsEditor();
    final RadioButtonGroup<Boolean> strategy = new RadioButtonGroup<>("Is a strategy discussion needed?");

    private final Component heldRow;
    private final Component offeredRow;
    private final List<Interviewer> interviewers = new ArrayList<>();
    private final List<String> placeNames;
    private final List<String> peopleNames;
    private final @Nullable Long allocatedWorkerId;
    private final String allocatedWorkerName;
    private final FieldErrors errors;

    InterviewForm(Clock clock, boolean needsReturnTime, List<StaffChoice> staff, StaffChoice currentUser, @Nullable Long allocatedWorkerId,
                  @Nullable String allocatedWorkerName, List<MissingFactor> pushFactors,
                  List<MissingFactor> pullFactors, List<String> knownPlaces, List<String> knownPeople) {
        this.allocatedWorkerId = allocatedWorkerId;
        this.allocatedWorkerName = allocatedWorkerName == null ? "the allocated worker" : allocatedWorkerName;
        this.placeNames = new ArrayList<>(knownPlaces);
        this.peopleNames = new ArrayList<>(knownPeople);
        addClassName("interview-form");

        outcome.setItems(InterviewOutcome.values());
        outcome.setItemLabelGenerator(o -> switch (o) {
            case HELD -> "Held: the child talked with us";
            case DECLINED -> "Offered, and the child declined";
            case NOT_HELD -> "Not held: a decision not to hold one";
        });
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.setValue(InterviewOutcome.HELD);

        returnedAt = Times.picker("When did they come back?", clock);
        returnedAt.setRequiredIndicatorVisible(true);
        returnedAt.setHelperText("Needed first: the 72 hours run from the return");
        offeredAt = Times.picker("When was it offered?", clock);
        heldAt = Times.picker("When was it held?", clock);
        offeredRow = withNow(offeredAt, clock);
        heldRow = withNow(heldAt, clock);

        staff.forEach(s -> interviewers.add(new Interviewer(s.id(), s.displayName(), s.teamName())));
        interviewer.setItems(interviewers);
        interviewer.setItemLabelGenerator(this::interviewerLabel);
        interviewer.setAllowCustomValue(true);
        interviewer.setHelperText("Someone independent of the child's care. From another service? Type their name "
                + "and organisation.");
        interviewer.addCustomValueSetListener(e -> {
            var external = new Interviewer(null, e.getDetail().strip(), null);
            if (!external.name().isEmpty()) {
                interviewers.add(external);
                interviewer.setItems(interviewers);
                interviewer.setValue(external);
            }
        });
        interviewer.addValueChangeListener(e -> showIndependence());
        independence.addClassName("warning-note");
        interviewerReason.setMaxLength(1000);
        interviewerReason.setHelperText("For example, the child asked for them and would not talk to anyone else");

        declinedReason.setMaxLength(2000);
        declinedReason.setHelperText("As they said it. If they gave no reason, write that.");
        notHeldReason.setMaxLength(2000);
        decidedBy.setItems(staff);
        decidedBy.setItemLabelGenerator(s -> s.displayName() + (s.teamName() == null ? "" : " · " + s.teamName()));
        decidedBy.setValue(staff.stream().filter(s -> s.id() == currentUser.id()).findFirst().orElse(null));

        for (TextArea area : List.of(whereabouts, withWhom)) {
            area.setMaxLength(4000);
        }
        howTravelled.setMaxLength(2000);
        setUpNames(places, placeNames, "Type a place and press Enter, one at a time: these are matched across children");
        setUpNames(associates, peopleNames, "Names or nicknames, one at a time: these are matched across children");

        push.setItems(pushFactors);
        pull.setItems(pullFactors);
        for (var group : List.of(push, pull)) {
            group.setItemLabelGenerator(MissingFactor::label);
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        }
        pushOther.setMaxLength(1000);
        pullOther.setMaxLength(1000);
        indicators.setItems(ExploitationIndicator.values());
        indicators.setItemLabelGenerator(ExploitationIndicator::label);
        indicators.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        followUp.setMaxLength(4000);
        followUp.setHelperText("Referral, strategy discussion, safety plan, who was told");
        indicators.addValueChangeListener(e -> followUp.setVisible(!e.getValue().isEmpty()));
        followUp.setVisible(false);

        childsWords.setMaxLength(8000);
        childsWords.setMinRows(6);
        childsWords.addClassName("childs-words-field");
        childsWords.setHelperText("What they told you, in their words, not a summary of them. Quote them.");
        strategy.setItems(true, false);
        strategy.setItemLabelGenerator(yes -> yes ? "Yes" : "No");

        if (needsReturnTime) {
            add(section("The return", form(withNow(returnedAt, clock))));
        }
        add(section("The offer", single(outcome), form(offeredRow, heldRow, interviewer, independence,
                interviewerReason, declinedReason, notHeldReason, decidedBy)));
        add(section("Where they were", form(whereabouts, withWhom, howTravelled, places, associates)));
        add(section("Why they went", form(push, pull, pushOther, pullOther)));
        add(section("Harm and exploitation", single(indicators), single(followUp)));
        add(section("In their own words", single(childsWords)));
        add(section("What happens next", single(actions), single(strategy)));

        errors = new FieldErrors(Map.ofEntries(Map.entry("returnedAt", returnedAt), Map.entry("accepted", outcome), Map.entry("offeredAt", offeredAt),
                Map.entry("heldAt", heldAt), Map.entry("interviewerId", interviewer),
                Map.entry("interviewerName", interviewer), Map.entry("interviewerReason", interviewerReason),
                Map.entry("declinedReason", declinedReason), Map.entry("notHeldReason", notHeldReason),
                Map.entry("decidedById", decidedBy), Map.entry("whereabouts", whereabouts),
                Map.entry("withWhom", withWhom), Map.entry("howTravelled", howTravelled),
                Map.entry("places", places), Map.entry("associates", associates), Map.entry("pushFactors", push),
                Map.entry("pullFactors", pull), Map.entry("pushFactorsOther", pushOther),
                Map.entry("pullFactorsOther", pullOther), Map.entry("exploitationIndicators", indicators),
                Map.entry("indicatorFollowUp", followUp), Map.entry("childsWords", childsWords),
                Map.entry("strategyDiscussionNeeded", strategy)));
        outcome.addValueChangeListener(e -> showOutcome());
        showOutcome();
    }

    private String interviewerLabel(Interviewer i) {
        if (i.staffId() == null) {
            return i.name() + " (another organisation)";
        }
        String label = i.name() + (i.team() == null ? "" : " · " + i.team());
        return Objects.equals(i.staffId(), allocatedWorkerId) ? label + " · allocated worker" : label;
    }

    private static Component withNow(DateTimePicker picker, Clock clock) {
        var now = new Button("Now", e -> picker.setValue(Times.now(clock)));
        now.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        now.setAriaLabel("Set " + picker.getLabel().toLowerCase() + " to now");
        var row = new HorizontalLayout(picker, now);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, picker);
        row.addClassName("time-row");
        return row;
    }

    private static void setUpNames(MultiSelectComboBox<String> field, List<String> known, String helper) {
        field.setItems(known);
        field.setAllowCustomValue(true);
        field.setHelperText(helper);
        field.setPlaceholder("Add a name");
        field.addCustomValueSetListener(e -> {
            String name = e.getDetail().strip();
            if (name.isEmpty() || name.length() > 200) {
                return;
            }
            if (!known.contains(name)) {
                known.add(name);
                field.setItems(known);
            }
            Set<String> value = new LinkedHashSet<>(field.getValue());
            value.add(name);
            field.setValue(value);
        });
    }

    private static Section section(String title, Component... content) {
        var section = new Section(new H3(title));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    private static FormLayout form(Component... fields) {
        var form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        for (Component field : fields) {
            boolean wide = field instanceof TextArea || field instanceof Paragraph || field instanceof HorizontalLayout
                    || field instanceof ComboBox<?>;
            if (wide) {
                form.setColspan(field, 2);
            }
        }
        return form;
    }

    private static FormLayout single(Component field) {
        var form = new FormLayout(field);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private void showOutcome() {
        InterviewOutcome o = outcome.getValue();
        boolean held = o == InterviewOutcome.HELD;
        heldRow.setVisible(held);
        interviewer.setVisible(held);
        heldAt.setRequiredIndicatorVisible(held);
        interviewer.setRequiredIndicatorVisible(held);
        offeredAt.setRequiredIndicatorVisible(o != InterviewOutcome.NOT_HELD);
        offeredAt.setLabel(o == InterviewOutcome.NOT_HELD ? "When was it offered (if it was)?" : "When was it offered?");
        declinedReason.setVisible(o == InterviewOutcome.DECLINED);
        declinedReason.setRequiredIndicatorVisible(true);
        notHeldReason.setVisible(o == InterviewOutcome.NOT_HELD);
        notHeldReason.setRequiredIndicatorVisible(true);
        decidedBy.setVisible(o == InterviewOutcome.NOT_HELD);
        childsWords.setRequiredIndicatorVisible(held);
        strategy.setRequiredIndicatorVisible(true);
        showIndependence();
    }

    private boolean byAllocatedWorker() {
        return outcome.getValue() == InterviewOutcome.HELD && interviewer.getValue() != null
                && allocatedWorkerId != null && allocatedWorkerId.equals(interviewer.getValue().staffId());
    }

    private void showIndependence() {
        boolean flagged = byAllocatedWorker();
        independence.setText(allocatedWorkerName + " is the child's allocated worker. The guidance asks for someone "
                + "independent of the child's care, unless the child prefers otherwise: say why below.");
        independence.setVisible(flagged);
        interviewerReason.setVisible(flagged);
        interviewerReason.setRequiredIndicatorVisible(flagged);
    }

    /** What the form says, for the outcome chosen: hidden fields are not sent. */
    ReturnInterviewInput read() {
        InterviewOutcome o = outcome.getValue();
        boolean held = o == InterviewOutcome.HELD;
        Interviewer who = held ? interviewer.getValue() : null;
        Set<ExploitationIndicator> signs = indicators.getValue();
        return new ReturnInterviewInput(null, o, Times.instant(offeredAt.getValue()),
                held ? Times.instant(heldAt.getValue()) : null,
                who == null ? null : who.staffId(), who == null || who.staffId() != null ? null : who.name(),
                byAllocatedWorker() ? interviewerReason.getValue() : null,
                null,
                o == InterviewOutcome.DECLINED ? declinedReason.getValue() : null,
                o == InterviewOutcome.NOT_HELD ? notHeldReason.getValue() : null,
                o == InterviewOutcome.NOT_HELD && decidedBy.getValue() != null ? decidedBy.getValue().id() : null,
                whereabouts.getValue(), withWhom.getValue(), howTravelled.getValue(),
                codes(push.getValue()), codes(pull.getValue()), pushOther.getValue(), pullOther.getValue(),
                signs, signs.isEmpty() ? null : followUp.getValue(), childsWords.getValue(), actions.value(),
                strategy.getValue(), List.copyOf(places.getValue()), List.copyOf(associates.getValue()));
    }

    private static List<String> codes(Collection<MissingFactor> factors) {
        return factors.stream().map(MissingFactor::code).toList();
    }

    /** Shows a recorded interview in the form, to amend it. */
    void fill(Interview i) {
        outcome.setValue(i.outcome());
        offeredAt.setValue(Times.local(i.offeredAt()));
        heldAt.setValue(Times.local(i.heldAt()));
        if (i.interviewerId() != null) {
            interviewers.stream().filter(x -> Objects.equals(x.staffId(), i.interviewerId())).findFirst()
                    .ifPresent(interviewer::setValue);
        } else if (i.interviewerName() != null) {
            var external = new Interviewer(null, i.interviewerName(), null);
            interviewers.add(external);
            interviewer.setItems(interviewers);
            interviewer.setValue(external);
        }
        interviewerReason.setValue(text(i.interviewerReason()));
        declinedReason.setValue(text(i.declinedReason()));
        notHeldReason.setValue(text(i.notHeldReason()));
        if (i.decidedById() != null) {
            decidedBy.getListDataView().getItems().filter(s -> s.id() == i.decidedById()).findFirst()
                    .ifPresent(decidedBy::setValue);
        }
        whereabouts.setValue(text(i.whereabouts()));
        withWhom.setValue(text(i.withWhom()));
        howTravelled.setValue(text(i.howTravelled()));
        select(push, i.pushFactors());
        select(pull, i.pullFactors());
        pushOther.setValue(text(i.pushFactorsOther()));
        pullOther.setValue(text(i.pullFactorsOther()));
        indicators.setValue(i.exploitationIndicators());
        followUp.setValue(text(i.indicatorFollowUp()));
        childsWords.setValue(text(i.childsWords()));
        actions.setValue(i.actions());
        strategy.setValue(i.strategyDiscussionNeeded());
        names(places, placeNames, i.places());
        names(associates, peopleNames, i.associates());
    }

    /** Ticks the recorded factors, adding any that have since been retired so they stay visible. */
    private static void select(CheckboxGroup<MissingFactor> group, List<MissingFactor> ticked) {
        Map<String, MissingFactor> offered = new HashMap<>();
        List<MissingFactor> items = new ArrayList<>(group.getListDataView().getItems().toList());
        items.forEach(f -> offered.put(f.code(), f));
        Set<MissingFactor> value = new LinkedHashSet<>();
        for (MissingFactor f : ticked) {
            MissingFactor item = offered.get(f.code());
            if (item == null) {
                items.add(f);
                item = f;
            }
            value.add(item);
        }
        group.setItems(items);
        group.setValue(value);
    }

    private static void names(MultiSelectComboBox<String> field, List<String> known, List<String> names) {
        names.stream().filter(n -> !known.contains(n)).forEach(known::add);
        field.setItems(known);
        field.setValue(new LinkedHashSet<>(names));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** Puts each problem beside its field and action problems on their rows; nothing typed is cleared. */
    void show(InvalidInputException problem) {
        List<FieldProblem> actionProblems = problem.problems().stream().filter(p -> p.actionIndex() != null).toList();
        List<FieldProblem> others = problem.problems().stream().filter(p -> p.actionIndex() == null).toList();
        if (others.isEmpty()) {
            errors.clear();
        } else {
            errors.show(new InvalidInputException(others));
        }
        actions.show(actionProblems);
        // The save button is at the end of a long form: bring the first problem into view.
        List<Component> inOrder = List.of(returnedAt, outcome, offeredAt, heldAt, interviewer, interviewerReason,
                declinedReason, notHeldReason, decidedBy, whereabouts, withWhom, howTravelled, places, associates,
                push, pull, pushOther, pullOther, indicators, followUp, childsWords);
        inOrder.stream().filter(c -> c.isVisible() && ((HasValidation) c).isInvalid())
                .findFirst()
                .or(() -> actionProblems.isEmpty() ? Optional.of(strategy) : Optional.of(actions))
                .ifPresent(Component::scrollIntoView);
    }

    void clearProblems() {
        errors.clear();
        actions.show(List.of());
    }
}

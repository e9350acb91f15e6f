package org.waypoint.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.ui.ChildrenNavigation;
import org.waypoint.common.ConflictException;
import org.waypoint.common.Dates;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.StaleVersionException;
import org.waypoint.plans.ActionStatus;
import org.waypoint.plans.PlanAction;
import org.waypoint.plans.PlanContent;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanInput;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.PlanStatus;
import org.waypoint.plans.PlanType;
import org.waypoint.security.Roles;
import org.waypoint.ui.Help;
import org.waypoint.ui.DatePickers;
import org.waypoint.ui.Notifications;
import org.waypoint.ui.StaleEditDialog;

/**
 * The plan editor, a guided form for a tablet: outcomes, then actions (owner and due date each), contingency, the
 * child's views and the review. Every change is saved as a draft at once (nothing typed is lost on a dropped
 * connection or a timed-out session); what the approval gate still lacks and plain-language help are listed as
 * links to their fields. A save that meets someone else's shows both versions and overwrites nothing.
 */
@Route("plans/:versionId/edit")
@RouteAlias("children/:childId/new-plan")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("styles/plans.css")
class PlanEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String VERSION_ID = "versionId";
    static final String CHILD_ID = "childId";
    private static final int AUTOSAVE_MILLIS = 1500;

    /** An action's owner: a member of staff, or a person or agency in words. */
    record Owner(@Nullable Long staffId, String name) {
    }

    private final PlanService plans;
    private final ChildService children;
    private final Clock clock;
    private String title = "Plan";

    private ChildSummary child;
    private @Nullable PlanDetail saved;
    private boolean loading;
    private final Select<PlanType> type = new Select<>();
    private final Div outcomeList = new Div();
    private final List<TextArea> outcomes = new ArrayList<>();
    private final Div actionList = new Div();
    private final List<ActionEditor> actions = new ArrayList<>();
    private final TextArea contingency = area("What happens if the plan does not work, or the child is not safe?");
    private final TextArea childViews = area("The child's views and wishes, in their words");
    private final TextField childViewsReason = new TextField("If you could not get their views: why not");
    private final TextArea parentViews = area("Parents' and carers' views");
    private final DatePicker startedOn = DatePickers.create("Date the plan started");
    private final DatePicker nextReview = DatePickers.create("Next review");
    private final Span saveState = new Span();
    private final Div help = new Div();
    private final Button addOutcome = new Button("Add an outcome", VaadinIcon.PLUS.create());
    private final Button addAction = new Button("Add an action", VaadinIcon.PLUS.create());

    PlanEditorView(PlanService plans, ChildService children, Clock clock) {
        this.plans = plans;
        this.children = children;
        this.clock = clock;
        this.child = null;
        addClassNames("page", "plan-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            var params = event.getRouteParameters();
            if (params.get(VERSION_ID).isPresent()) {
                PlanDetail plan = plans.get(UUID.fromString(params.get(VERSION_ID).get()));
                if (!plan.current() || plan.status() == PlanStatus.APPROVED || plan.status() == PlanStatus.SUPERSEDED) {
                    event.forwardTo(PlanView.class, new com.vaadin.flow.router.RouteParameters(PlanView.VERSION_ID,
                            plan.id().toString()));
                    return;
                }
                child = children.get(plan.childId());
                saved = plan;
            } else {
                child = children.get(UUID.fromString(params.get(CHILD_ID).orElseThrow(() -> new NotFoundException("Child"))));
                saved = null;
            }
            build();
        } catch (NotFoundException | IllegalArgumentException e) {
            title = "Not found";
            add(new H2("Not found"), new Span("That record is not there, or you do not have access to it."));
        }
    }

    private void build() {
        title = (saved == null ? "New plan" : saved.type().label()) + ": " + child.fullName();
        saveState.addClassName("save-state");
        var heading = new HorizontalLayout(new H2(title));
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWrap(true);
        if (saved != null) {
            heading.add(PlanParts.status(saved.status()));
        }
        heading.add(saveState);
        add(heading, ChildrenNavigation.linkToChild("Back to " + child.fullName() + "'s record", child.id()),
                Help.button("smart-actions", "What makes a SMART action"));

        type.setLabel("Kind of plan");
        type.setItems(PlanType.values());
        type.setItemLabelGenerator(PlanType::label);
        type.setId("plan-type");
        type.setReadOnly(saved != null); // read-only, not disabled: a disabled field drops the keyboard focus
        type.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                startedOn.setLabel(PlanParts.startLabel(e.getValue()));
            }
            changed();
        });

        outcomeList.addClassName("outcome-list");
        actionList.addClassName("action-list");
        addOutcome.addClickListener(e -> {
            addOutcomeField("");
            actions.forEach(ActionEditor::refreshOutcomes);
            outcomes.getLast().focus();
        });
        addAction.addClickListener(e -> {
            addActionEditor(PlanAction.of("", null, null));
            actions.getLast().description.focus();
        });
        addOutcome.setId("plan-outcomes");
        addAction.setId("plan-actions");

        var prompt = new Paragraph(plans.childViewsPrompt(child.dateOfBirth()));
        prompt.addClassName("views-prompt");
        childViewsReason.setMaxLength(1000);
        childViewsReason.setWidthFull();
        childViewsReason.setId("plan-childViewsReason");
        contingency.setId("plan-contingency");
        childViews.setId("plan-childViews");
        parentViews.setId("plan-parentViews");
        nextReview.setId("plan-nextReviewDate");
        startedOn.setId("plan-startedOn");
        for (var field : List.of(contingency, childViews, parentViews)) {
            field.addValueChangeListener(e -> changed());
        }
        childViewsReason.setValueChangeMode(ValueChangeMode.LAZY);
        childViewsReason.setValueChangeTimeout(AUTOSAVE_MILLIS);
        childViewsReason.addValueChangeListener(e -> changed());
        startedOn.addValueChangeListener(e -> changed());
        nextReview.addValueChangeListener(e -> changed());
        startedOn.setMax(LocalDate.now(clock.withZone(Dates.ZONE)));

        help.addClassName("plan-help");
        var submit = new Button("Submit for approval", e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var done = new Button("Done for now", e -> {
            if (save()) {
                if (saved != null) {
                    PlansNavigation.toPlan(saved.id());
                } else {
                    ChildrenNavigation.toChild(child.id());
                }
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(step("1", "Outcomes", "What will be different for the child, in words the family use.", type,
                        outcomeList, addOutcome),
                step("2", "Actions", "Who will do what, by when. Every action needs an owner and a due date "
                        + "before the plan can be approved.", actionList, addAction),
                step("3", "Contingency", "", contingency),
                step("4", "Views", "", prompt, childViews, childViewsReason, parentViews),
                step("5", "Review", "", startedOn, nextReview),
                help, new HorizontalLayout(submit, done));
        fill(saved == null ? null : saved);
    }

    private Div step(String number, String heading, String intro, Component... content) {
        var badge = new Span(number);
        badge.addClassName("step-number");
        var h = new H3(badge, new Span(heading));
        var section = new Div(h);
        if (!intro.isEmpty()) {
            var p = new Paragraph(intro);
            p.addClassName("muted");
            section.add(p);
        }
        section.add(content);
        section.addClassName("plan-step");
        return section;
    }

    /** Puts a saved version (or nothing, for a new plan) into the form without saving it again. */
    private void fill(@Nullable PlanDetail plan) {
        loading = true;
        try {
            outcomes.clear();
            outcomeList.removeAll();
            actions.clear();
            actionList.removeAll();
            if (plan == null) {
                type.setValue(null);
                addOutcomeField("");
                addActionEditor(PlanAction.of("", null, null));
                startedOn.setValue(LocalDate.now(clock.withZone(Dates.ZONE)));
            } else {
                PlanContent c = plan.content();
                type.setValue(plan.type());
                c.outcomes().forEach(this::addOutcomeField);
                if (c.outcomes().isEmpty()) {
                    addOutcomeField("");
                }
                c.actions().forEach(this::addActionEditor);
                contingency.setValue(orEmpty(c.contingency()));
                childViews.setValue(orEmpty(c.childViews()));
                childViewsReason.setValue(orEmpty(c.childViewsReason()));
                parentViews.setValue(orEmpty(c.parentViews()));
                startedOn.setValue(plan.startedOn());
                nextReview.setValue(c.nextReviewDate());
                showHelp(plan);
            }
        } finally {
            loading = false;
        }
    }

    private void addOutcomeField(String text) {
        int index = outcomes.size();
        var field = area("Outcome " + (index + 1));
        field.setValue(text);
        field.setId("plan-outcome-" + index);
        field.addValueChangeListener(e -> {
            actions.forEach(ActionEditor::refreshOutcomes);
            changed();
        });
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            int at = outcomes.indexOf(field);
            outcomes.remove(at);
            outcomeList.remove(field.getParent().orElseThrow());
            actions.forEach(a -> a.outcomeRemoved(at));
            changed();
        });
        remove.setAriaLabel("Remove outcome");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var row = new Div(field, remove);
        row.addClassName("outcome-row");
        outcomes.add(field);
        outcomeList.add(row);
    }

    private void addActionEditor(PlanAction action) {
        var editor = new ActionEditor(action);
        actions.add(editor);
        actionList.add(editor);
        renumberActions();
    }

    private void renumberActions() {
        for (int i = 0; i < actions.size(); i++) {
            actions.get(i).number(i);
        }
    }

    /** One action row: what, who, by when, its status and the outcome it serves. */
    private final class ActionEditor extends Div {

        final TextArea description = area("Action");
        final ComboBox<Owner> owner = new ComboBox<>("Owner");
        final DatePicker due = DatePickers.create("Due date");
        final Select<ActionStatus> status = new Select<>();
        final TextField droppedReason = new TextField("Why was it dropped?");
        final Select<Integer> outcome = new Select<>();

        ActionEditor(PlanAction action) {
            addClassName("plan-action-row");
            description.setValue(orEmpty(action.description()));
            owner.setHelperText("Pick a member of staff, or type a person or agency");
            owner.setAllowCustomValue(true);
            owner.setItemLabelGenerator(Owner::name);
            owner.setItems(query -> plans.staffChoices(query.getFilter().orElse("")).stream()
                    .skip(query.getOffset()).limit(query.getLimit())
                    .map(s -> new Owner(s.id(), s.name())));
            owner.addCustomValueSetListener(e -> owner.setValue(new Owner(null, e.getDetail().strip())));
            if (action.owned()) {
                owner.setValue(new Owner(action.ownerStaffId(), orEmpty(action.ownerName())));
            }
            due.setValue(action.dueDate());
            status.setLabel("Status");
            status.setItems(ActionStatus.values());
            status.setItemLabelGenerator(ActionStatus::label);
            status.setValue(action.status());
            droppedReason.setValue(orEmpty(action.droppedReason()));
            droppedReason.setVisible(action.status() == ActionStatus.DROPPED);
            droppedReason.setValueChangeMode(ValueChangeMode.LAZY);
            droppedReason.setValueChangeTimeout(AUTOSAVE_MILLIS);
            outcome.setLabel("For outcome");
            outcome.setEmptySelectionAllowed(true);
            outcome.setEmptySelectionCaption("Not linked");
            refreshOutcomes();
            outcome.setValue(action.outcomeIndex() != null && action.outcomeIndex() < outcomes.size()
                    ? action.outcomeIndex() : (outcomes.isEmpty() ? null : 0));
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                actions.remove(this);
                actionList.remove(this);
                renumberActions();
                changed();
            });
            remove.setAriaLabel("Remove action");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            description.addValueChangeListener(e -> changed());
            owner.addValueChangeListener(e -> changed());
            due.addValueChangeListener(e -> changed());
            status.addValueChangeListener(e -> {
                droppedReason.setVisible(e.getValue() == ActionStatus.DROPPED);
                changed();
            });
            droppedReason.addValueChangeListener(e -> changed());
            outcome.addValueChangeListener(e -> changed());
            add(description, owner, due, status, outcome, droppedReason, remove);
        }

        void number(int index) {
            setId("plan-action-" + index);
            description.setLabel("Action " + (index + 1));
            description.setId("plan-action-" + index + "-description");
            owner.setId("plan-action-" + index + "-owner");
            due.setId("plan-action-" + index + "-dueDate");
        }

        void refreshOutcomes() {
            Integer chosen = outcome.getValue();
            outcome.setItems(IntStream.range(0, outcomes.size()).boxed().toList());
            outcome.setItemLabelGenerator(i -> i == null ? "Not linked"
                    : "Outcome " + (i + 1) + (i < outcomes.size() && !outcomes.get(i).getValue().isBlank()
                    ? ": " + abbreviate(outcomes.get(i).getValue()) : ""));
            if (chosen != null && chosen < outcomes.size()) {
                outcome.setValue(chosen);
            }
        }

        void outcomeRemoved(int index) {
            Integer chosen = outcome.getValue();
            refreshOutcomes();
            outcome.setValue(chosen == null || chosen == index ? null : chosen > index ? chosen - 1 : chosen);
        }

        PlanInput.Action input() {
            Owner o = owner.getValue();
            return new PlanInput.Action(description.getValue(), o == null ? null : o.name(),
                    o == null ? null : o.staffId(), due.getValue(), status.getValue(),
                    status.getValue() == ActionStatus.DROPPED ? droppedReason.getValue() : null, outcome.getValue());
        }

        Map<String, Component> fields(int index) {
            String p = "action#" + index + ".";
            return Map.of(p + "description", description, p + "owner", owner, p + "ownerStaffId", owner,
                    p + "dueDate", due, p + "droppedReason", droppedReason, p + "outcomeIndex", outcome);
        }
    }

    private void changed() {
        if (!loading) {
            save();
        }
    }

    private PlanInput input() {
        return new PlanInput(type.getValue(), outcomes.stream().map(o -> new PlanInput.Outcome(o.getValue())).toList(),
                actions.stream().map(ActionEditor::input).toList(), contingency.getValue(), childViews.getValue(),
                childViewsReason.getValue(), parentViews.getValue(), nextReview.getValue(), startedOn.getValue());
    }

    /** Saves the draft; false when the rules refused it or someone else saved first (nothing is lost either way). */
    private boolean save() {
        clearErrors();
        if (saved == null && type.getValue() == null) {
            saveState.setText("Choose the kind of plan to start saving");
            return false;
        }
        PlanInput input = input();
        try {
            PlanDetail before = saved;
            saved = before == null ? plans.create(child.id(), input) : plans.update(before.id(), before.version(), input);
            if (before == null || !before.id().equals(saved.id())) {
                UI.getCurrent().getPage().getHistory().replaceState(null, PlansNavigation.editorPath(saved.id()));
                type.setReadOnly(true);
            }
            // A date the rules worked out is shown, so the worker sees and can change it.
            if (nextReview.getValue() == null && saved.content().nextReviewDate() != null) {
                loading = true;
                nextReview.setValue(saved.content().nextReviewDate());
                loading = false;
            }
            saveState.setText("Draft saved " + Dates.dayTime(saved.lastEditedAt()).replaceFirst("^.*, ", "at "));
            saveState.removeClassName("overdue");
            showHelp(saved);
            return true;
        } catch (InvalidInputException problem) {
            saveState.setText("Not saved: check the marked fields");
            saveState.addClassName("overdue");
            showErrors(problem.problems());
        } catch (StaleVersionException stale) {
            showStale(input);
        } catch (ConflictException conflict) {
            saveState.setText("Not saved");
            Notifications.problem(conflict.getMessage());
        }
        return false;
    }

    private void showStale(PlanInput yours) {
        PlanDetail current = plans.get(saved.id());
        LocalDate yourStart = yours.startedOn() == null ? current.startedOn() : yours.startedOn();
        var mine = PlanParts.lines(contentOf(yours), yourStart);
        var both = PlanParts.sideBySide(PlanParts.lines(current.content(), current.startedOn()), mine);
        Map<String, String> savedLines = new LinkedHashMap<>();
        Map<String, String> yourLines = new LinkedHashMap<>();
        both.forEach((k, v) -> {
            savedLines.put(k, v[0]);
            yourLines.put(k, v[1]);
        });
        saveState.setText("Not saved: someone else changed this plan");
        saveState.addClassName("overdue");
        new StaleEditDialog("this plan", savedLines, yourLines, () -> {
            saved = current;
            save();
        }, () -> {
            saved = current;
            fill(current);
            saveState.setText("Showing what is saved");
            saveState.removeClassName("overdue");
        }).open();
    }

    /** The form's content as the rules see it, for the side-by-side view (owners by the names shown). */
    private static PlanContent contentOf(PlanInput input) {
        return new PlanContent(input.outcomes() == null ? List.of()
                : input.outcomes().stream().map(o -> orEmpty(o.description())).toList(),
                input.actions() == null ? List.of() : input.actions().stream().map(a -> new PlanAction(
                        a.description(), a.ownerStaffId(), a.owner(), a.dueDate(),
                        a.status() == null ? ActionStatus.NOT_STARTED : a.status(), a.droppedReason(),
                        a.outcomeIndex())).toList(),
                blankToNull(input.contingency()), blankToNull(input.childViews()),
                blankToNull(input.childViewsReason()), blankToNull(input.parentViews()), input.nextReviewDate());
    }

    private void submit() {
        if (!save() || saved == null) {
            return;
        }
        try {
            PlanDetail submitted = plans.submit(saved.id(), saved.version());
            int gaps = submitted.gaps().size();
            Notifications.saved(gaps == 0 ? "Submitted for approval."
                    : "Submitted. A manager cannot approve it until " + (gaps == 1 ? "1 gap is" : gaps + " gaps are")
                    + " filled: see the list on the plan.");
            PlansNavigation.toPlan(submitted.id());
        } catch (StaleVersionException stale) {
            showStale(input());
        } catch (ConflictException conflict) {
            Notifications.problem(conflict.getMessage());
        }
    }

    private void showHelp(PlanDetail plan) {
        help.removeAll();
        if (plan.status() == PlanStatus.RETURNED && !plan.decisions().isEmpty()) {
            help.add(new H3("Returned by the manager"), PlanParts.decisions(plan.decisions().subList(0, 1)));
        }
        if (plan.gaps().isEmpty()) {
            var ready = new Paragraph("Ready for approval: every action has an owner and a due date, and nothing "
                    + "required is missing.");
            ready.addClassName("ready");
            help.add(ready);
        } else {
            help.add(new H3("Before a manager can approve this plan"),
                    PlanParts.problemList(plan.gaps(), this::focus, "plan-gaps"));
        }
        if (!plan.warnings().isEmpty()) {
            help.add(new H3("Could be clearer"), PlanParts.problemList(plan.warnings(), this::focus, "plan-warnings"));
        }
    }

    private Map<String, Component> fields() {
        Map<String, Component> fields = new HashMap<>(Map.of("type", type, "outcomes", addOutcome, "actions", addAction,
                "contingency", contingency, "childViews", childViews, "childViewsReason", childViewsReason,
                "parentViews", parentViews, "nextReviewDate", nextReview, "startedOn", startedOn));
        for (int i = 0; i < outcomes.size(); i++) {
            fields.put("outcome#" + i + ".outcome", outcomes.get(i));
        }
        for (int i = 0; i < actions.size(); i++) {
            fields.putAll(actions.get(i).fields(i));
        }
        return fields;
    }

    private static String key(FieldProblem problem) {
        return problem.actionIndex() == null ? problem.field()
                : (problem.field().equals("outcome") ? "outcome#" : "action#") + problem.actionIndex() + "."
                + problem.field();
    }

    /** Puts the cursor in the field a problem is about. */
    private void focus(FieldProblem problem) {
        Component field = fields().get(key(problem));
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        field.getId().ifPresent(PlanParts::jumpTo);
    }

    private void showErrors(List<FieldProblem> problems) {
        Map<String, Component> fields = fields();
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem problem : problems) {
            if (fields.get(key(problem)) instanceof HasValidation field) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            } else {
                elsewhere.add(problem.message());
            }
        }
        if (!elsewhere.isEmpty()) {
            Notifications.problem(String.join(". ", elsewhere));
        }
    }

    private void clearErrors() {
        fields().values().forEach(f -> {
            if (f instanceof HasValidation v && v.isInvalid()) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        });
    }

    private static TextArea area(String label) {
        var area = new TextArea(label);
        area.setWidthFull();
        area.setMaxLength(4000);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(AUTOSAVE_MILLIS);
        return area;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

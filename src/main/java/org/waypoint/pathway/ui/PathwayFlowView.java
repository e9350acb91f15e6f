package org.waypoint.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.ConflictException;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.StaleVersionException;
import org.waypoint.pathway.CareLeaverStatus;
import org.waypoint.pathway.Matter;
import org.waypoint.pathway.PathwayDetail;
import org.waypoint.pathway.PathwayInput;
import org.waypoint.pathway.PathwayService;
import org.waypoint.plans.PlanInput;
import org.waypoint.plans.PlanStatus;
import org.waypoint.security.Roles;
import org.waypoint.common.Dates;
import org.waypoint.ui.Help;
import org.waypoint.ui.DatePickers;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/**
 * The pathway plan, one matter at a time, for the young person and their adviser to fill in together on a tablet:
 * big buttons, plain words, progress at the top, and every step saved as they go. The last step lists what the
 * manager will still ask for and sends the plan.
 */
@Route("pathway/:childId")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("context://styles/pathway.css")
class PathwayFlowView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int CHECK_STEP = Matter.values().length;

    private final PathwayService pathway;
    private UUID childId = new UUID(0, 0);
    private @Nullable PathwayDetail plan;
    private final Map<Matter, PathwayInput.Section> sections = new EnumMap<>(Matter.class);
    private int step;
    private String title = "Pathway plan";

    // the fields of the step on screen
    private final TextArea needs = area("What you need", "What help or change would make a difference");
    private final TextArea views = area("In your own words", "Write what the young person says, as they say it");
    private final RadioButtonGroup<String> suitable = new RadioButtonGroup<>("Is where you live right for you?");
    private final TextArea suitableReason = area("Why?", "What makes it right, or not right");
    private final List<ActionFields> actions = new ArrayList<>();
    private final Div actionList = new Div();

    PathwayFlowView(PathwayService pathway) {
        this.pathway = pathway;
        addClassNames("page", "pathway-flow");
        suitable.setItems("Yes", "No");
        actionList.addClassName("pathway-actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            childId = event.getRouteParameters().get("childId").flatMap(PathwayFlowView::parse)
                    .orElseThrow(() -> new NotFoundException("Child"));
            CareLeaverStatus status = pathway.status(childId);
            plan = pathway.current(childId).orElse(null);
            if (plan == null && !status.entitledToPlan()) {
                title = "Pathway plan";
                add(new H2(title), new Paragraph("A pathway plan is for a young person who is eligible, relevant or "
                        + "former relevant. This young person is: " + status.label().toLowerCase() + "."));
                return;
            }
            sections.clear();
            if (plan != null) {
                sections.putAll(Optional.ofNullable(PathwayInput.of(plan.content()).sections()).orElse(Map.of()));
            }
            step = firstStepWithoutViews();
            show();
        } catch (NotFoundException e) {
            title = "Not found";
            add(new H2("Pathway plan not found"), new Paragraph("That young person is not there, or you do not have "
                    + "access to their record."));
        }
    }

    private int firstStepWithoutViews() {
        for (Matter matter : Matter.values()) {
            PathwayInput.Section s = sections.get(matter);
            if (s == null || s.youngPersonViews() == null) {
                return matter.ordinal();
            }
        }
        return CHECK_STEP;
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show() {
        removeAll();
        String name = plan == null ? "" : plan.childName();
        title = "Pathway plan" + (name.isEmpty() ? "" : ": " + name);
        add(new H2(title), Help.button("smart-actions", "What makes a SMART action"));
        if (plan != null) {
            var facts = new Paragraph(plan.careLeaverStatus().label() + " · " + plan.status().label());
            facts.addClassName("muted");
            add(facts);
            if (plan.status() == PlanStatus.RETURNED && !plan.decisions().isEmpty()) {
                var comments = new Paragraph("Your manager asked for changes: " + plan.decisions().getFirst().rationale());
                comments.addClassName("warning-note");
                add(comments);
            }
        }
        add(progress());
        if (step == CHECK_STEP) {
            add(checkStep());
        } else {
            add(matterStep(Matter.values()[step]));
        }
    }

    /** "Step 3 of 10", a bar, and a button per matter (ticked when it has the young person's words). */
    private Component progress() {
        var bar = new ProgressBar(0, CHECK_STEP, Math.min(step, CHECK_STEP));
        var label = new Span(step == CHECK_STEP ? "Check and send" : "Step " + (step + 1) + " of " + CHECK_STEP);
        label.addClassName("pathway-step-label");
        // A screen reader announces the bar by the step it shows.
        bar.getElement().setAttribute("aria-label", "Progress through the ten matters: " + label.getText());
        var steps = new FlexLayout();
        steps.addClassName("pathway-steps");
        for (Matter matter : Matter.values()) {
            PathwayInput.Section s = sections.get(matter);
            boolean done = s != null && s.youngPersonViews() != null && !s.youngPersonViews().isBlank();
            var jump = new Button((done ? "✓ " : "") + matter.label(), e -> saveThen(matter.ordinal()));
            jump.addClassName("pathway-step");
            if (matter.ordinal() == step) {
                jump.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            steps.add(jump);
        }
        var check = new Button("Check and send", e -> saveThen(CHECK_STEP));
        check.addClassName("pathway-step");
        steps.add(check);
        return new Div(label, bar, steps);
    }

    private Component matterStep(Matter matter) {
        PathwayInput.Section s = sections.getOrDefault(matter, new PathwayInput.Section(null, null, List.of(), null, null));
        var heading = new H2(matter.label());
        heading.addClassName("pathway-matter");
        var hint = new Paragraph(matter.hint());
        hint.addClassName("muted");
        needs.setValue(s.needs() == null ? "" : s.needs());
        views.setValue(s.youngPersonViews() == null ? "" : s.youngPersonViews());
        List.of(needs, views, suitableReason).forEach(f -> f.setInvalid(false));
        suitable.setInvalid(false);
        var form = new Div(heading, hint, views, needs);
        form.addClassName("pathway-form");
        if (matter == Matter.ACCOMMODATION) {
            suitable.setValue(s.suitable() == null ? null : s.suitable() ? "Yes" : "No");
            suitableReason.setValue(s.suitableReason() == null ? "" : s.suitableReason());
            form.add(suitable, suitableReason);
        }
        actions.clear();
        actionList.removeAll();
        (s.actions() == null ? List.<PlanInput.Action>of() : s.actions()).forEach(this::addAction);
        var add = new Button("Add something that will happen", e -> addAction(null));
        add.addClassName("pathway-add");
        form.add(new Span("What will happen"), actionList, add);

        var back = new Button("Back", e -> saveThen(Math.max(0, step - 1)));
        back.setEnabled(step > 0);
        var next = new Button("Save and continue", e -> saveThen(step + 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new FlexLayout(back, next);
        buttons.addClassName("pathway-buttons");
        form.add(buttons);
        return form;
    }

    private void addAction(PlanInput.@Nullable Action action) {
        var fields = new ActionFields(action);
        actions.add(fields);
        actionList.add(fields.row);
        fields.remove.addClickListener(e -> {
            actions.remove(fields);
            actionList.remove(fields.row);
        });
    }

    private Component checkStep() {
        var box = new Div();
        box.addClassName("pathway-form");
        box.add(new H2("Check and send"));
        List<FieldProblem> gaps = plan == null ? List.of() : plan.gaps();
        if (gaps.isEmpty()) {
            box.add(new Paragraph("Everything your manager needs is here."));
        } else {
            box.add(new Paragraph("Your manager will ask for these before approving the plan:"));
            var list = new UnorderedList();
            list.addClassName("pathway-gaps");
            gaps.forEach(g -> list.add(new ListItem(Gaps.text(g))));
            box.add(list);
        }
        if (plan != null) {
            box.add(reviewDates(plan));
        }
        var back = new Button("Back", e -> saveThen(CHECK_STEP - 1));
        var send = new Button("Send to the manager", e -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(plan != null && (plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.RETURNED));
        var buttons = new FlexLayout(back, send);
        buttons.addClassName("pathway-buttons");
        box.add(buttons);
        if (plan != null) {
            box.add(new com.vaadin.flow.router.RouterLink("Printable summary to keep", PathwaySummaryView.class,
                    new com.vaadin.flow.router.RouteParameters("id", plan.id().toString())));
        }
        return box;
    }

    /** The next review (at most 6 months away) and a review the young person or adviser asked for sooner. */
    private Component reviewDates(PathwayDetail current) {
        DatePicker next = DatePickers.create("Next review by");
        next.setValue(current.content().nextReviewDate());
        next.setHelperText("At the latest " + Dates.day(current.latestReviewDate()));
        DatePicker asked = DatePickers.create("A review was asked for by");
        asked.setValue(current.content().reviewAskedFor());
        asked.setHelperText("When the young person or you want a review sooner");
        var save = new Button("Save the review dates", e -> {
            try {
                // a review asked for sooner becomes the next review
                LocalDate review = asked.getValue() != null && (next.getValue() == null
                        || asked.getValue().isBefore(next.getValue())) ? asked.getValue() : next.getValue();
                plan = pathway.update(current.id(), current.version(), new PathwayInput(new EnumMap<>(sections),
                        review, asked.getValue()));
                Notifications.saved("Review dates saved.");
                show();
            } catch (InvalidInputException problem) {
                new FieldErrors(Map.of("nextReviewDate", next, "reviewAskedFor", asked)).show(problem);
            } catch (StaleVersionException | ConflictException problem) {
                Notifications.problem(problem.getMessage());
            }
        });
        var dates = new FlexLayout(next, asked, save);
        dates.addClassName("pathway-dates");
        dates.setAlignItems(Alignment.END);
        return dates;
    }

    private void submit() {
        if (plan == null) {
            return;
        }
        try {
            plan = pathway.submit(plan.id(), plan.version());
            Notifications.saved("Sent to the manager for approval.");
            show();
        } catch (ConflictException | StaleVersionException e) {
            Notifications.problem(e.getMessage());
        }
    }

    /** Saves the step on screen (when it is a matter), then shows {@code target}. Nothing typed is lost on a refusal. */
    private void saveThen(int target) {
        if (step < CHECK_STEP) {
            Matter matter = Matter.values()[step];
            sections.put(matter, fromScreen(matter));
            try {
                var input = new PathwayInput(new EnumMap<>(sections), plan == null ? null : plan.content().nextReviewDate(),
                        plan == null ? null : plan.content().reviewAskedFor());
                plan = plan == null ? pathway.create(childId, input) : pathway.update(plan.id(), plan.version(), input);
            } catch (InvalidInputException e) {
                showProblems(matter, e.problems());
                return;
            } catch (StaleVersionException e) {
                Notifications.problem("Someone else saved this plan since you opened it. Open it again to see their "
                        + "changes; what you typed on this step is still here.");
                return;
            }
        }
        step = target;
        show();
    }

    private void showProblems(Matter matter, List<FieldProblem> problems) {
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem p : problems) {
            if (!matter.name().equals(p.section())) {
                elsewhere.add(Gaps.text(p));
                continue;
            }
            com.vaadin.flow.component.HasValidation field = p.actionIndex() != null && p.actionIndex() < actions.size()
                    ? actions.get(p.actionIndex()).field(p.field()) : switch (p.field()) {
                        case "needs" -> needs;
                        case "youngPersonViews" -> views;
                        case "suitable" -> suitable;
                        case "suitableReason" -> suitableReason;
                        default -> null;
                    };
            if (field == null) {
                elsewhere.add(p.message());
            } else {
                field.setErrorMessage(p.message());
                field.setInvalid(true);
            }
        }
        if (!elsewhere.isEmpty()) {
            Notifications.problem(String.join(". ", elsewhere));
        }
    }

    private PathwayInput.Section fromScreen(Matter matter) {
        boolean accommodation = matter == Matter.ACCOMMODATION;
        return new PathwayInput.Section(needs.getValue(), views.getValue(),
                actions.stream().map(ActionFields::value).toList(),
                accommodation && suitable.getValue() != null ? "Yes".equals(suitable.getValue()) : null,
                accommodation ? suitableReason.getValue() : null);
    }

    private static TextArea area(String label, String helper) {
        var area = new TextArea(label);
        area.setHelperText(helper);
        area.setWidthFull();
        area.setMinRows(3);
        return area;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** One thing that will happen: what, who and by when. */
    private static final class ActionFields {

        final TextField description = new TextField("What will happen");
        final TextField owner = new TextField("Who will do it");
        final DatePicker due = DatePickers.create("By when");
        final Button remove = new Button("Remove");
        final Div row;
        private final PlanInput.@Nullable Action original;

        ActionFields(PlanInput.@Nullable Action action) {
            this.original = action;
            if (action != null) {
                description.setValue(action.description() == null ? "" : action.description());
                owner.setValue(action.owner() == null ? "" : action.owner());
                due.setValue(action.dueDate());
            }
            description.setWidthFull();
            row = new Div(description, owner, due, remove);
            row.addClassName("action-row");
        }

        com.vaadin.flow.component.@Nullable HasValidation field(String name) {
            return switch (name) {
                case "description" -> description;
                case "owner", "ownerStaffId" -> owner;
                case "dueDate" -> due;
                default -> null;
            };
        }

        PlanInput.Action value() {
            // a staff owner stays linked while the name shown is unchanged
            Long staffId = original != null && original.ownerStaffId() != null
                    && owner.getValue().equals(original.owner()) ? original.ownerStaffId() : null;
            return new PlanInput.Action(description.getValue(), owner.getValue(), staffId, due.getValue(),
                    original == null ? null : original.status(), original == null ? null : original.droppedReason(),
                    null);
        }
    }
}

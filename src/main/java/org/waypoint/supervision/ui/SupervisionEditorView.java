package org.waypoint.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.waypoint.common.Dates;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.StaleVersionException;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;
import org.waypoint.supervision.CaseDiscussionEntry;
import org.waypoint.supervision.ChildToDiscuss;
import org.waypoint.supervision.NewSupervision;
import org.waypoint.supervision.SupervisionRecord;
import org.waypoint.supervision.SupervisionService;
import org.waypoint.supervision.WorkerSupervisionStatus;
import org.waypoint.ui.Badges;
import org.waypoint.ui.DatePickers;
import org.waypoint.ui.Notifications;
import org.waypoint.ui.Help;

/**
 * Writing up a supervision session: the reflective parts, agreed actions, and case discussions of the supervisee's
 * children (pick a child, then write the discussion, the decision and why). Also edits a record the supervisee has
 * not yet acknowledged.
 */
@Route("supervision/new/:superviseeId")
@RouteAlias("supervision/records/:recordId/edit")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("context://styles/supervision.css")
class SupervisionEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SUPERVISEE_ID = "superviseeId";
    static final String RECORD_ID = "recordId";

    private final SupervisionService supervision;
    private final Clock clock;
    private String title = "Record supervision";

    private final DatePicker heldOn = DatePickers.create("Date of supervision");
    private final IntegerField duration = new IntegerField("Duration (minutes)");
    private final TextArea reflective = CaseDiscussionEditor.area("Reflective discussion",
            "What the worker reflected on: what went well, what was hard, what they would do differently.");
    private final TextArea wellbeing = CaseDiscussionEditor.area("Wellbeing",
            "How the worker is, and any support agreed.");
    private final TextArea workload = CaseDiscussionEditor.area("Workload and caseload",
            "Caseload, deadlines, and anything to move or protect.");
    private final TextArea learning = CaseDiscussionEditor.area("Learning and development (optional)",
            "Training, reading, ASYE or professional development.");
    private final Map<UUID, CaseDiscussionEditor> discussions = new LinkedHashMap<>();
    private final Div discussionList = new Div();
    private final Grid<ChildToDiscuss> children = new Grid<>();
    private @Nullable ActionsEditor actions;
    private @Nullable SupervisionRecord editing;
    private @Nullable WorkerSupervisionStatus supervisee;
    private List<String> owners = List.of();

    SupervisionEditorView(SupervisionService supervision, Clock clock) {
        this.supervision = supervision;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        discussions.clear();
        discussionList.removeAll();
        try {
            Optional<String> recordId = event.getRouteParameters().get(RECORD_ID);
            if (recordId.isPresent()) {
                SupervisionRecord record = supervision.get(UUID.fromString(recordId.get()));
                if (record.locked()) {
                    title = "Supervision record";
                    add(new H2("This record is locked"), new Paragraph(record.superviseeName()
                                    + " has acknowledged it. Add an addendum to correct it."),
                            SupervisionNavigation.linkToRecord("Open the record", record.id()));
                    return;
                }
                editing = record;
                show(supervision.supervisee(record.superviseeId()));
                fill(record);
            } else {
                editing = null;
                show(supervision.supervisee(Long.parseLong(event.getRouteParameters().get(SUPERVISEE_ID).orElse(""))));
            }
        } catch (NotFoundException | AccessDeniedException | InvalidInputException | IllegalArgumentException e) {
            title = "Not found";
            add(new H2("You cannot record supervision here"),
                    new Paragraph("That worker or record is not there, or you do not supervise them."));
        }
    }

    private void show(WorkerSupervisionStatus worker) {
        supervisee = worker;
        LocalDate today = LocalDate.now(clock);
        title = (editing == null ? "Record supervision with " : "Edit supervision with ") + worker.name();
        owners = List.of(worker.name(), CurrentUser.get().displayName());

        var facts = Facts.of(
                Facts.fact("Role", worker.role().label()),
                Facts.fact("Supervision", worker.stage().newlyQualified()
                        ? Badges.of(worker.stage().label(), Badges.Tone.INFO) : new Span("At the team's interval")),
                Facts.fact("Last supervised", worker.lastSupervisedOn() == null ? "None recorded"
                        : Dates.day(worker.lastSupervisedOn())),
                Facts.fact("Next due", TeamSupervisionView.due(worker, today, false)),
                Facts.fact("Open cases", Long.toString(worker.openCases())));

        heldOn.setValue(today);
        heldOn.setMax(today);
        heldOn.setRequiredIndicatorVisible(true);
        duration.setValue(60);
        duration.setStep(5);
        duration.setMin(10);
        duration.setMax(480);
        duration.setStepButtonsVisible(true);
        duration.setRequiredIndicatorVisible(true);
        reflective.setRequiredIndicatorVisible(true);
        wellbeing.setRequiredIndicatorVisible(true);
        workload.setRequiredIndicatorVisible(true);
        var when = new FormLayout(heldOn, duration);
        when.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));

        actions = new ActionsEditor(owners, "Add an action");
        var form = new Div(when, reflective, wellbeing, workload, learning,
                new H3("Agreed actions"), intro("Each action needs an owner and a date."), actions,
                new H3("Case discussions"),
                intro(worker.name() + "'s children, longest since their last case discussion first. Choose a child, "
                        + "then write what was discussed, your decision and why: the decision goes onto the child's "
                        + "record."),
                childPicker(worker), discussionList);
        form.addClassName("supervision-form");

        var save = new Button(editing == null ? "Save record" : "Save changes", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> {
            if (editing != null) {
                SupervisionNavigation.toRecord(editing.id());
            } else {
                getUI().ifPresent(ui -> ui.navigate(TeamSupervisionView.class));
            }
        });
        var buttons = new FlexLayout(save, cancel);
        buttons.addClassName("filters");
        add(new H2(title), Help.button("supervision", "What a good supervision record says"),
                Help.button("smart-actions", "What makes a SMART action"), facts, form, buttons);
    }

    private Component childPicker(WorkerSupervisionStatus worker) {
        LocalDate today = LocalDate.now(clock);
        List<ChildToDiscuss> allocated = supervision.childrenToDiscuss(worker.staffId());
        if (allocated.isEmpty()) {
            return new Paragraph(worker.name() + " has no children allocated.");
        }
        children.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        children.addColumn(ChildToDiscuss::name).setHeader("Child").setFlexGrow(3);
        children.addColumn(new ComponentRenderer<>(c -> Badges.of(c.category().label(), Badges.Tone.NEUTRAL))).setHeader("Category")
                .setFlexGrow(2);
        children.addColumn(c -> c.lastDiscussedOn() == null ? "Never" : ShortDates.day(c.lastDiscussedOn()))
                .setHeader("Last discussed").setFlexGrow(2);
        children.addColumn(new ComponentRenderer<>(c -> c.dueOn().isBefore(today)
                        ? Badges.of("Overdue since " + ShortDates.day(c.dueOn()), Badges.Tone.ERROR)
                        : new Span(ShortDates.day(c.dueOn()))))
                .setHeader("Discussion due").setFlexGrow(2);
        children.addComponentColumn(c -> {
            boolean added = discussions.containsKey(c.childId());
            var discuss = new Button(added ? "Added" : "Discuss", e -> addDiscussion(c.childId(), c.name(),
                    c.lastDiscussedOn(), null));
            discuss.setEnabled(!added);
            discuss.setAriaLabel("Discuss " + c.name());
            return discuss;
        }).setAutoWidth(true).setFlexGrow(0);
        children.setItems(allocated);
        children.setAllRowsVisible(allocated.size() <= 8);
        if (allocated.size() > 8) {
            children.setHeight("22rem");
        }
        return children;
    }

    private void addDiscussion(UUID childId, String name, @Nullable LocalDate lastDiscussed,
                               @Nullable CaseDiscussionEntry entry) {
        var editor = new CaseDiscussionEditor(childId, name, CaseDiscussionEditor.lastDiscussedText(lastDiscussed),
                owners, () -> {
                    discussionList.remove(discussions.remove(childId));
                    children.getDataProvider().refreshAll();
                });
        if (entry != null) {
            editor.setValue(entry);
        }
        discussions.put(childId, editor);
        discussionList.add(editor);
        children.getDataProvider().refreshAll();
        if (entry == null) {
            editor.scrollIntoView();
            editor.focus();
        }
    }

    private void fill(SupervisionRecord record) {
        heldOn.setValue(record.heldOn());
        duration.setValue(record.durationMinutes());
        reflective.setValue(record.reflectiveDiscussion());
        wellbeing.setValue(record.wellbeing());
        workload.setValue(record.workload());
        learning.setValue(record.learningAndDevelopment() == null ? "" : record.learningAndDevelopment());
        if (actions != null) {
            actions.setActions(record.actions());
        }
        record.caseDiscussions().forEach(cd -> addDiscussion(cd.childId(), cd.childName(), null, cd));
    }

    private void save() {
        var targets = new ErrorTargets();
        targets.put(null, null, "heldOn", heldOn);
        targets.put(null, null, "durationMinutes", duration);
        targets.put(null, null, "reflectiveDiscussion", reflective);
        targets.put(null, null, "wellbeing", wellbeing);
        targets.put(null, null, "workload", workload);
        targets.put(null, null, "learningAndDevelopment", learning);
        if (actions != null) {
            actions.registerErrors(targets, "actions");
        }
        List<NewSupervision.Discussion> given = new ArrayList<>();
        int i = 0;
        for (CaseDiscussionEditor editor : discussions.values()) {
            editor.registerErrors(targets, "caseDiscussions[" + i++ + "]");
            given.add(editor.value());
        }
        var input = new NewSupervision(Objects.requireNonNull(supervisee).staffId(), heldOn.getValue(), duration.getValue(),
                reflective.getValue(), wellbeing.getValue(), workload.getValue(), learning.getValue(),
                actions == null ? List.of() : actions.value(), given);
        try {
            SupervisionRecord saved = editing == null ? supervision.record(input)
                    : supervision.update(editing.id(), editing.version(), input);
            targets.clear();
            int decisions = saved.caseDiscussions().size();
            Notifications.saved("Supervision with " + saved.superviseeName() + " is saved."
                    + (decisions == 0 ? "" : decisions == 1 ? " The case decision is on the child's record."
                    : " The " + decisions + " case decisions are on the children's records."));
            SupervisionNavigation.toRecord(saved.id());
        } catch (InvalidInputException problem) {
            targets.show(problem);
        } catch (StaleVersionException stale) {
            showNewerVersion();
        }
    }

    /** Someone saved the record meanwhile: keep what this user typed, and show theirs beside it. */
    private void showNewerVersion() {
        if (editing == null) {
            return;
        }
        SupervisionRecord newer = supervision.get(editing.id());
        var dialog = new Dialog();
        dialog.setHeaderTitle("Someone else saved this record while you were editing");
        dialog.setWidth("min(56rem, 95vw)");
        var intro = new Paragraph("Your text is still in the form. Below is the record as it is now. Copy what you "
                + "need from your version, then open the record again and apply it.");
        intro.addClassName("muted");
        dialog.add(intro, new RecordPanel(newer));
        dialog.getFooter().add(new Button("Back to my version", e -> dialog.close()));
        dialog.open();
    }

    private static Paragraph intro(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassNames("muted", "section-intro");
        return paragraph;
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}

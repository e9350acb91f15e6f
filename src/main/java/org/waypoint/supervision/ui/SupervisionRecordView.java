package org.waypoint.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.waypoint.common.ConflictException;
import org.waypoint.common.Dates;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.StaleVersionException;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;
import org.waypoint.supervision.CaseDiscussionEntry;
import org.waypoint.supervision.SupervisionRecord;
import org.waypoint.supervision.SupervisionService;
import org.waypoint.supervision.SupervisionSummary;
import org.waypoint.ui.Badges;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/**
 * One supervision record. The supervisee comments and acknowledges it here; until then the manager may edit it,
 * and from then on anyone party to it adds addenda.
 */
@Route("supervision/records/:recordId")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("context://styles/supervision.css")
class SupervisionRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String RECORD_ID = "recordId";

    private final SupervisionService supervision;
    private String title = "Supervision record";

    SupervisionRecordView(SupervisionService supervision) {
        this.supervision = supervision;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = event.getRouteParameters().get(RECORD_ID).flatMap(SupervisionRecordView::parse)
                    .orElseThrow(() -> new NotFoundException("Supervision record"));
            show(supervision.get(id));
        } catch (NotFoundException e) {
            removeAll();
            title = "Not found";
            add(new H2("Supervision record not found"),
                    new Paragraph("That record is not there, or you do not have access to it."));
        }
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show(SupervisionRecord record) {
        removeAll();
        CurrentUser user = CurrentUser.get();
        boolean supervisee = record.superviseeId() == user.staffId();
        title = "Supervision: " + record.superviseeName() + ", " + Dates.day(record.heldOn());

        var facts = Facts.of(
                Facts.fact("Supervisee", record.superviseeName()),
                Facts.fact("Supervisor", record.supervisorName()),
                Facts.fact("Date", Dates.day(record.heldOn())),
                Facts.fact("Duration", record.durationMinutes() + " minutes"),
                Facts.fact("Next supervision due by", Dates.day(record.nextDueOn())),
                Facts.fact("Status", status(record)));
        add(new H2(title), facts);

        boolean manager = !supervisee && (user.role() == Role.TEAM_MANAGER || user.role() == Role.HEAD_OF_SERVICE);
        if (!record.locked() && manager) {
            var edit = new Button("Edit record", e -> SupervisionNavigation.toEdit(record.id()));
            var note = new Span("You can edit this record until " + record.superviseeName() + " acknowledges it.");
            note.addClassName("muted");
            var bar = new FlexLayout(edit, note);
            bar.addClassName("filters");
            bar.setAlignItems(Alignment.CENTER);
            add(bar);
        }
        var panel = new RecordPanel(record);
        panel.addClassName("supervision-form");
        add(panel);
        if (supervisee && !record.locked()) {
            add(acknowledgement(record));
        } else if (record.locked()) {
            add(addendum(record));
        }
    }

    /** The supervisee's comments and acknowledgement. */
    private Component acknowledgement(SupervisionRecord record) {
        var comments = CaseDiscussionEditor.area("Your comments",
                "Anything you disagree with or want to add. Your manager sees them.");
        comments.setValue(record.superviseeComments() == null ? "" : record.superviseeComments());
        var errors = new FieldErrors(Map.of("comments", comments));
        var save = new Button("Save comments", e -> act(() -> {
            show(supervision.comment(record.id(), record.version(), comments.getValue()));
            Notifications.saved("Your comments are saved.");
        }, errors));
        var acknowledge = new Button("Acknowledge record", e -> {
            var confirm = new ConfirmDialog("Acknowledge this record?",
                    "Once you acknowledge it, the record is locked. Later corrections are added as addenda.",
                    "Acknowledge", done -> act(() -> {
                        show(supervision.acknowledge(record.id(), record.version(), comments.getValue()));
                        Notifications.saved("You have acknowledged the record. It is now locked.");
                    }, errors));
            confirm.setCancelable(true);
            confirm.setCancelText("Not yet");
            confirm.open();
        });
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new FlexLayout(acknowledge, save);
        buttons.addClassName("filters");
        var intro = new Paragraph("Read the record. If it is accurate, acknowledge it; add comments first if you want to.");
        intro.addClassName("muted");
        var section = new Div(new H3("Your acknowledgement"), intro, comments, buttons);
        section.addClassName("supervision-form");
        return section;
    }

    /** A correction or later note on a locked record, about the record or one child's discussion. */
    private Component addendum(SupervisionRecord record) {
        var about = new Select<CaseDiscussionEntry>();
        about.setLabel("About");
        about.setItems(record.caseDiscussions());
        about.setEmptySelectionAllowed(true);
        about.setEmptySelectionCaption("The whole record");
        about.setItemLabelGenerator(cd -> cd == null ? "The whole record" : "The discussion of " + cd.childName());
        about.setVisible(!record.caseDiscussions().isEmpty());
        var note = CaseDiscussionEditor.area("Addendum",
                "A correction or a later note. It is added with your name and the time; the record itself stays as it was.");
        note.setMaxLength(4000);
        var errors = new FieldErrors(Map.of("note", note, "childId", about));
        var add = new Button("Add addendum", e -> act(() -> {
            show(supervision.addAddendum(record.id(), note.getValue(),
                    about.getValue() == null ? null : about.getValue().childId()));
            Notifications.saved(about.getValue() == null ? "The addendum is added to the record."
                    : "The addendum is added, and shows on " + about.getValue().childName() + "'s record.");
        }, errors));
        var section = new Div(new H3("Add an addendum"), about, note, add);
        section.addClassName("supervision-form");
        return section;
    }

    /** Runs a change; refusals are shown where the user typed, and what they typed stays. */
    private void act(Runnable change, FieldErrors errors) {
        try {
            errors.clear();
            change.run();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        } catch (ConflictException | StaleVersionException changed) {
            Notifications.problem("This record changed since you opened it (" + changed.getMessage()
                    + "). Your text is still here: copy it, then reload the page.");
        }
    }

    static Component status(SupervisionRecord record) {
        return record.locked()
                ? Badges.of("Acknowledged " + Dates.day(record.acknowledgedAt().atZone(Dates.ZONE)), Badges.Tone.SUCCESS)
                : Badges.of("Awaiting " + record.superviseeName() + "'s acknowledgement", Badges.Tone.WARNING);
    }

    static Component status(SupervisionSummary summary) {
        return summary.acknowledged() ? Badges.of("Acknowledged", Badges.Tone.SUCCESS)
                : Badges.of("Awaiting acknowledgement", Badges.Tone.WARNING);
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}

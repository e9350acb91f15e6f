package org.waypoint.missing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.ui.ChildrenNavigation;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.missing.Episode;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.NewMissingEpisode;
import org.waypoint.security.Roles;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/** Records that a child went missing: when, who reported it, the police, and the return if they are back. */
@Route("missing/children/:childId/new-episode")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("styles/missing.css")
class RecordEpisodeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHILD_ID = "childId";

    private final MissingEpisodeService missing;
    private final ChildService children;
    private final Clock clock;
    private String title = "Record a missing episode";

    RecordEpisodeView(MissingEpisodeService missing, ChildService children, Clock clock) {
        this.missing = missing;
        this.children = children;
        this.clock = clock;
        addClassNames("page", "missing-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            UUID childId = event.getRouteParameters().get(CHILD_ID).map(UUID::fromString)
                    .orElseThrow(() -> new NotFoundException("Child"));
            show(children.get(childId));
        } catch (NotFoundException | IllegalArgumentException e) {
            title = "Not found";
            add(new H2("Child not found"), new Span("That record is not there, or you do not have access to it."));
        }
    }

    private void show(ChildSummary child) {
        title = "Missing episode: " + child.fullName();
        var missingFrom = Times.picker("When did they go missing?", clock);
        missingFrom.setRequiredIndicatorVisible(true);
        missingFrom.setHelperText("The last time they were seen or should have been home");
        var reportedBy = new TextField("Who reported it?");
        reportedBy.setMaxLength(200);
        reportedBy.setHelperText("For example: foster carer, residential home staff, parent, school");
        var police = new RadioButtonGroup<Boolean>("Reported to the police?");
        police.setItems(true, false);
        police.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
        police.setRequiredIndicatorVisible(true);
        var policeReference = new TextField("Police reference");
        policeReference.setMaxLength(50);
        policeReference.setHelperText("The log or incident number, if you have it");
        policeReference.setVisible(false);
        police.addValueChangeListener(e -> policeReference.setVisible(Boolean.TRUE.equals(e.getValue())));

        var returnedAt = Times.picker("When did they come back?", clock);
        returnedAt.setHelperText("Leave empty while they are still missing");
        var whereFound = new TextField("Where were they found?");
        whereFound.setMaxLength(500);
        whereFound.setHelperText("Or how they came back, for example \"came home by themselves\"");
        whereFound.setEnabled(false);
        returnedAt.addValueChangeListener(e -> whereFound.setEnabled(e.getValue() != null));

        var form = new FormLayout(missingFrom, reportedBy, police, policeReference, returnedAt, whereFound);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        var errors = new FieldErrors(Map.<String, HasValidation>of("missingFrom", missingFrom,
                "reportedBy", reportedBy, "reportedToPolice", police, "policeReference", policeReference,
                "returnedAt", returnedAt, "whereFound", whereFound));

        var save = new Button("Save missing episode", e -> {
            try {
                Episode saved = missing.recordEpisode(child.id(), new NewMissingEpisode(null,
                        Times.instant(missingFrom.getValue()), Times.instant(returnedAt.getValue()), police.getValue(),
                        Boolean.TRUE.equals(police.getValue()) ? policeReference.getValue() : null,
                        returnedAt.getValue() == null ? null : whereFound.getValue(), reportedBy.getValue()));
                if (saved.returnedAt() == null) {
                    Notifications.saved(child.fullName() + " is recorded as missing. Record the return as soon as they are back.");
                    ChildrenNavigation.toChild(child.id());
                } else {
                    Notifications.saved("Saved. The return interview is due within 72 hours of the return.");
                    MissingNavigation.toInterview(saved.id());
                }
            } catch (InvalidInputException problem) {
                errors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var cancel = new Button("Cancel", e -> ChildrenNavigation.toChild(child.id()));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var intro = new Paragraph("Record the times as exactly as you can: the return interview is due within "
                + "72 hours of the return, and the panel reads these times.");
        intro.addClassName("muted");
        add(new H2("Missing episode: " + child.fullName()), intro, form, new HorizontalLayout(save, cancel));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

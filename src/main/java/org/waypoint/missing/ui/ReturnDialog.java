package org.waypoint.missing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.common.InvalidInputException;
import org.waypoint.missing.Episode;
import org.waypoint.missing.EpisodeChange;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/** Records that a missing child is back: when, and where they were found. The 72 hours start then. */
class ReturnDialog extends Dialog {

    ReturnDialog(MissingEpisodeService missing, Clock clock, UUID episodeId, String childName, Instant missingFrom,
                 Runnable afterSave) {
        setHeaderTitle(childName + " is back");
        setWidth("min(40rem, 96vw)");
        var returnedAt = Times.picker("When did they come back?", clock);
        returnedAt.setValue(Times.now(clock));
        returnedAt.setRequiredIndicatorVisible(true);
        var whereFound = new TextField("Where were they found?");
        whereFound.setMaxLength(500);
        whereFound.setHelperText("Or how they came back, for example \"came home by themselves\"");
        var form = new FormLayout(returnedAt, whereFound);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var errors = new FieldErrors(Map.<String, HasValidation>of("returnedAt", returnedAt, "whereFound", whereFound));
        var intro = new Paragraph("Missing since " + Dates.dayTime(missingFrom) + ".");
        intro.addClassName("muted");
        add(intro, form);

        var save = new Button("Save the return", e -> save(missing, episodeId, returnedAt.getValue(), whereFound,
                errors, afterSave, false));
        var saveAndInterview = new Button("Save, then record the interview", e -> save(missing, episodeId,
                returnedAt.getValue(), whereFound, errors, afterSave, true));
        saveAndInterview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save, saveAndInterview);
    }

    private void save(MissingEpisodeService missing, UUID episodeId, @Nullable LocalDateTime returnedAt,
                      TextField whereFound, FieldErrors errors, Runnable afterSave, boolean interviewNext) {
        if (returnedAt == null) {
            errors.show(new InvalidInputException("returnedAt", "Say when they came back"));
            return;
        }
        try {
            Episode saved = missing.updateEpisode(episodeId,
                    EpisodeChange.returned(Times.instant(returnedAt), whereFound.getValue()));
            close();
            Notifications.saved("Return recorded. The interview is due by " + Dates.dayTime(saved.interviewDueBy()) + ".");
            if (interviewNext) {
                MissingNavigation.toInterview(episodeId);
            } else {
                afterSave.run();
            }
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
    }
}

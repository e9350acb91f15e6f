package org.waypoint.children.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.ui.Notifications;

/** Records the order or agreement now in force for the child. */
class LegalStatusDialog extends Dialog {

    LegalStatusDialog(ChildService children, ChildSummary child, Runnable onDone) {
        setHeaderTitle("Legal status of " + child.fullName());
        setWidth("min(32rem, 95vw)");
        var status = LegalStatusSelect.create();
        status.setWidthFull();
        status.setValue(child.legalStatus());

        var save = new Button("Save", e -> {
            ChildSummary saved = children.recordLegalStatus(child.id(), status.getValue());
            Notifications.saved("Legal status: " + saved.legalStatusText());
            close();
            onDone.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(status);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}

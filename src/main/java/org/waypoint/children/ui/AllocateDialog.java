package org.waypoint.children.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.Objects;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.TeamWorkload;
import org.waypoint.children.WorkerCaseload;
import org.waypoint.common.InvalidInputException;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/** Allocate a child to a member of their team, seeing each worker's caseload while choosing. */
class AllocateDialog extends Dialog {

    AllocateDialog(ChildService children, ChildSummary child, Runnable onDone) {
        setHeaderTitle("Allocate " + child.fullName());
        setWidth("min(32rem, 95vw)");
        TeamWorkload workload = children.teamWorkload(child.teamId());

        var worker = new ComboBox<WorkerCaseload>("Worker");
        worker.setItems(workload.workers());
        worker.setItemLabelGenerator(w -> w.displayName() + " · " + w.role().label() + " · " + w.openCases()
                + (w.openCases() == 1 ? " case" : " cases") + (w.overSafeLevel() ? " (above safe level)" : ""));
        worker.setWidthFull();
        workload.workers().stream()
                .filter(w -> Objects.equals(w.staffId(), child.allocatedWorkerId()))
                .findFirst().ifPresent(worker::setValue);
        var errors = new FieldErrors(Map.of("workerId", worker));

        var intro = new Paragraph(child.allocatedWorkerName() == null
                ? child.fullName() + " is not allocated to anyone in " + child.teamName() + "."
                : child.fullName() + " is allocated to " + child.allocatedWorkerName() + ".");

        var allocate = new Button("Allocate", e -> {
            try {
                children.allocate(child.id(), worker.getValue() == null ? null : worker.getValue().staffId());
                Notifications.saved(child.fullName() + " allocated to " + worker.getValue().displayName());
                close();
                onDone.run();
            } catch (InvalidInputException problem) {
                errors.show(problem);
            }
        });
        allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var unallocate = new Button("Leave unallocated", e -> {
            children.deallocate(child.id());
            Notifications.saved(child.fullName() + " is now unallocated in " + child.teamName());
            close();
            onDone.run();
        });
        unallocate.setVisible(child.allocatedWorkerId() != null);
        var cancel = new Button("Cancel", e -> close());

        add(intro, worker);
        getFooter().add(cancel, unallocate, allocate);
    }
}

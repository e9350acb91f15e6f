package org.waypoint.plans;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action as stored: {@link PlanAction} in columns. Public so pathway plans store their actions the same way. */
@Embeddable
public class ActionRow {

    private String description = "";
    private @Nullable Long ownerStaffId;
    private @Nullable String ownerName;
    private @Nullable LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.NOT_STARTED;
    private @Nullable String droppedReason;
    private @Nullable Integer outcomeIndex;

    protected ActionRow() {
    }

    public static ActionRow of(PlanAction a) {
        var row = new ActionRow();
        row.description = a.description() == null ? "" : a.description();
        row.ownerStaffId = a.ownerStaffId();
        row.ownerName = a.ownerName();
        row.dueDate = a.dueDate();
        row.status = a.status();
        row.droppedReason = a.droppedReason();
        row.outcomeIndex = a.outcomeIndex();
        return row;
    }

    public PlanAction value() {
        return new PlanAction(description, ownerStaffId, ownerName, dueDate, status, droppedReason, outcomeIndex);
    }
}

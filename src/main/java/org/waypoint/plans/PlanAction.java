package org.waypoint.plans;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Text;

/**
 * One action of a plan, as the rules see it. Also the action of a pathway plan's matters: the gate and the
 * completeness categories take lists of these, whatever plan they come from.
 *
 * @param ownerStaffId a member of staff who owns it, or null
 * @param ownerName    who owns it: the staff member's name, or a person or agency typed in ("School nurse")
 * @param outcomeIndex the outcome (0-based) the action serves, or null
 */
public record PlanAction(@Nullable String description, @Nullable Long ownerStaffId, @Nullable String ownerName,
                         @Nullable LocalDate dueDate, ActionStatus status, @Nullable String droppedReason,
                         @Nullable Integer outcomeIndex) {

    public PlanAction {
        status = status == null ? ActionStatus.NOT_STARTED : status;
    }

    public static PlanAction of(@Nullable String description, @Nullable String ownerName, @Nullable LocalDate dueDate) {
        return new PlanAction(description, null, ownerName, dueDate, ActionStatus.NOT_STARTED, null, null);
    }

    public boolean owned() {
        return ownerStaffId != null || present(ownerName);
    }

    public boolean dated() {
        return dueDate != null;
    }

    public boolean described() {
        return present(description);
    }

    static boolean present(@Nullable String text) {
        return text != null && !Text.isBlank(text);
    }
}

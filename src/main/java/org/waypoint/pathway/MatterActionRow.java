package org.waypoint.pathway;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.waypoint.plans.ActionRow;
import org.waypoint.plans.PlanAction;

/** An action of one matter, stored in the plans' action columns. */
@Embeddable
class MatterActionRow {

    @Enumerated(EnumType.STRING)
    private Matter matter = Matter.CONTACT_AND_SUPPORT;

    @Embedded
    private ActionRow action = ActionRow.of(PlanAction.of("", null, null));

    protected MatterActionRow() {
    }

    MatterActionRow(Matter matter, PlanAction action) {
        this.matter = matter;
        this.action = ActionRow.of(action);
    }

    Matter matter() {
        return matter;
    }

    PlanAction action() {
        return action.value();
    }
}

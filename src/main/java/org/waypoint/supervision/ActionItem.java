package org.waypoint.supervision;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An action agreed in supervision, stored with the record or with one case discussion. */
@Embeddable
class ActionItem {

    private String description;

    private String owner;

    private LocalDate dueOn;

    protected ActionItem() {
        this.description = "";
        this.owner = "";
        this.dueOn = LocalDate.MIN;
    }

    ActionItem(String description, String owner, LocalDate dueOn) {
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    AgreedAction view() {
        return new AgreedAction(description, owner, dueOn);
    }
}

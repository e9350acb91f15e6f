package org.waypoint.plans;

import org.jspecify.annotations.Nullable;

/** A member of staff to pick as an action's owner. */
public record StaffChoice(long id, String name, @Nullable String teamName) {

    public String label() {
        return teamName == null ? name : name + " · " + teamName;
    }
}

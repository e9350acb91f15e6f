package org.waypoint.supervision;

import java.time.LocalDate;

/** An action agreed in supervision: what, who owns it (a person or an agency), and by when. */
public record AgreedAction(String description, String owner, LocalDate dueDate) {
}

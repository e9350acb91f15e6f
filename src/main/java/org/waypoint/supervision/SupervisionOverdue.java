package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.List;

/** Who is overdue on a day, most overdue first: workers for supervision, children for case discussion. */
public record SupervisionOverdue(LocalDate asOf, List<OverdueWorker> workers, List<OverdueChild> children) {
}

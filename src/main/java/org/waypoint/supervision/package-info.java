/**
 * Supervision (LGA employer standard 5): each team's policy ({@link org.waypoint.supervision.SupervisionPolicy}, the
 * rule), the records a manager writes with a worker ({@link org.waypoint.supervision.SupervisionService}), whose
 * case decisions appear on each child's record as management oversight, and compliance figures counted in the
 * database ({@link org.waypoint.supervision.SupervisionComplianceService}).
 *
 * <p>For dashboards: {@code SupervisionComplianceService#compliance(asOf, teamId)} gives per team and per service
 * area counts as at a day, {@code #overdue(asOf, teamId)} who is overdue and by how many days, and
 * {@code #trend(asOf, teamId)} the twelve month-ends; all within the caller's teams (null team = all of them, null
 * day = today). See docs/decisions/0006-supervision-compliance.md for how the figures are counted.
 */
@NullMarked
package org.waypoint.supervision;

import org.jspecify.annotations.NullMarked;

package org.waypoint.oversight;

/**
 * The list behind a figure.
 *
 * @param view the screen's location, relative to the application (e.g. {@code supervision/compliance?team=3})
 * @param api the REST path giving the same rows (e.g. {@code /api/v1/oversight/supervision/overdue?teamId=3})
 */
public record DrillDown(String view, String api) {
}

package org.waypoint.oversight;

/**
 * One compliance figure: a share of things done in time (workers supervised, interviews held within 72 hours).
 *
 * @param key stable name used by the API and CSV, e.g. {@code supervisedInTime}
 * @param label plain words for the screen, e.g. "Workers supervised in time"
 * @param description what is counted, for people reading the dashboard
 */
public record ComplianceMeasure(String key, String label, String description) {
}

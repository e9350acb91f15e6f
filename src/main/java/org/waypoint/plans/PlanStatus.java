package org.waypoint.plans;

/** Where a plan version is in the approval workflow (see {@link PlanWorkflow}). */
public enum PlanStatus {
    DRAFT("Draft"),
    SUBMITTED("Waiting for approval"),
    APPROVED("Approved"),
    RETURNED("Returned for changes"),
    /** An earlier version, replaced by a newer approved one. Readable, never changed. */
    SUPERSEDED("Replaced by a later version");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

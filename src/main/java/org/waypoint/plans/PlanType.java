package org.waypoint.plans;

/** The kind of plan; a child has at most one current plan of each kind. */
public enum PlanType {
    CIN("Child in need plan"),
    CP("Child protection plan"),
    CLA("Care plan");

    private final String label;

    PlanType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

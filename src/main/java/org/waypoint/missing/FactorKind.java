package org.waypoint.missing;

/** Push factors drive a child away from home or placement; pull factors draw them somewhere else. */
public enum FactorKind {
    PUSH("Push factors"),
    PULL("Pull factors");

    private final String label;

    FactorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.waypoint.children;

/** Why the council is involved with the child: the legal basis of the case. */
public enum Category {
    CIN("Child in need"),
    CP("Child protection"),
    CLA("Looked after"),
    CARE_LEAVER("Care leaver");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

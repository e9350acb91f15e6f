package org.waypoint.children;

/**
 * The legal basis on which the council holds or works with the child (England): the order, or the agreement,
 * in force now. A child with none recorded shows "Not recorded". The labels are what a parent would read.
 */
public enum LegalStatus {
    SECTION_20("Section 20 (accommodated by agreement)"),
    POLICE_PROTECTION("Police protection"),
    EMERGENCY_PROTECTION_ORDER("Emergency protection order"),
    INTERIM_CARE_ORDER("Interim care order"),
    FULL_CARE_ORDER("Full care order (section 31)"),
    PLACEMENT_ORDER("Placement order"),
    REMAND("Remanded to local authority accommodation"),
    CHILD_PROTECTION_PLAN("Child protection plan (no order)"),
    CHILD_IN_NEED("Child in need (no order)"),
    LEFT_CARE("Left care (no order)");

    /** What the summary shows when nothing is recorded. */
    public static final String NOT_RECORDED = "Not recorded";

    private final String label;

    LegalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

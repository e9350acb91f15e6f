package org.waypoint.security;

/** What a member of staff does, which decides what they may see and do. */
public enum Role {
    SOCIAL_WORKER("Social worker", true),
    PERSONAL_ADVISER("Personal adviser", true),
    TEAM_MANAGER("Team manager", false),
    HEAD_OF_SERVICE("Head of service", false),
    ADMIN("Administrator", false);

    private final String label;
    private final boolean caseHolding;

    Role(String label, boolean caseHolding) {
        this.label = label;
        this.caseHolding = caseHolding;
    }

    public String label() {
        return label;
    }

    /** Practitioners whose open cases count in caseload figures (DfE workforce methodology). */
    public boolean isCaseHolding() {
        return caseHolding;
    }

    /** Roles that belong to one team; a head of service belongs to service areas, an administrator to neither. */
    public boolean belongsToTeam() {
        return this == SOCIAL_WORKER || this == PERSONAL_ADVISER || this == TEAM_MANAGER;
    }
}

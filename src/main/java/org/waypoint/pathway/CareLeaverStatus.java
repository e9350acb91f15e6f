package org.waypoint.pathway;

/** A young person's status under the Children (Leaving Care) Act 2000, as {@link CareLeaverRule} decides it. */
public enum CareLeaverStatus {
    /** 16 or 17 and looked after (for 13 weeks since 14). */
    ELIGIBLE("Eligible", true),
    /** 16 or 17 and has left care. */
    RELEVANT("Relevant", true),
    /** 18 to 20, or 21 to 24 while they want support from a personal adviser. */
    FORMER_RELEVANT("Former relevant", true),
    /** 21 to 24 and not taking up support; they may ask for it again until 25. */
    SUPPORT_NOT_WANTED("Former relevant, not taking up support", false),
    /** 25 or older: personal adviser support has ended. */
    SUPPORT_ENDED("Support ended at 25", false),
    /** Under 16, not looked after, or not looked after long enough. */
    NOT_A_CARE_LEAVER("Not a care leaver", false);

    private final String label;
    private final boolean entitledToPlan;

    CareLeaverStatus(String label, boolean entitledToPlan) {
        this.label = label;
        this.entitledToPlan = entitledToPlan;
    }

    public String label() {
        return label;
    }

    /** Whether the young person has (or should have) a pathway plan and a personal adviser now. */
    public boolean entitledToPlan() {
        return entitledToPlan;
    }
}

package org.waypoint.missing;

/** What came of the offer of a return interview. */
public enum InterviewOutcome {
    HELD("Held"),
    DECLINED("Offered, declined by the child"),
    NOT_HELD("Not held (decision recorded)");

    private final String label;

    InterviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.waypoint.missing;

/** What a child named in an interview: a place they were, or a person they were with. */
public enum MentionKind {
    PLACE("Places"),
    PERSON("People");

    private final String label;

    MentionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

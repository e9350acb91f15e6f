package org.waypoint.ui;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels (styled in styles.css) for statuses, always with words, never colour alone. */
public final class Badges {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, ERROR, INFO }

    private Badges() {
    }

    public static Span of(String text, Tone tone) {
        var badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone.name().toLowerCase());
        return badge;
    }
}

package org.waypoint.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/** Small coloured labels (styled in styles.css) for statuses, always with words, never colour alone. */
public final class Badges {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, ERROR, INFO }

    private Badges() {
    }

    /** A badge in a grid column, drawn by the browser: no server-side component per row. */
    public static <T> LitRenderer<T> column(ValueProvider<T, String> text, ValueProvider<T, Tone> tone) {
        return LitRenderer.<T>of("<span class=\"badge badge-${item.tone}\">${item.text}</span>")
                .withProperty("text", text)
                .withProperty("tone", row -> tone.apply(row).name().toLowerCase());
    }

    public static Span of(String text, Tone tone) {
        var badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone.name().toLowerCase());
        return badge;
    }
}

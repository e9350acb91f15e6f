package org.waypoint.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short in-app guides, one per main screen, kept as HTML in {@code src/main/resources/help/}. A screen links its
 * guide with {@link #button}: the guide opens over the screen, so nothing typed is lost.
 */
public final class Help {

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z-]{0,40}");

    private Help() {
    }

    /** A "?" button labelled with the question the guide answers ("What the 72-hour clock counts from"). */
    public static Button button(String topic, String question) {
        String html = guide(topic).orElseThrow(() -> new IllegalArgumentException("No help topic " + topic));
        var button = new Button(question, VaadinIcon.QUESTION_CIRCLE_O.create(), e -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle("Help");
            dialog.addClassName("help-dialog");
            dialog.add(new Html(html));
            var close = new Button("Close", c -> dialog.close());
            dialog.getFooter().add(close);
            dialog.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassNames("help-button", "no-print");
        return button;
    }

    /** The guide's HTML (one root element), or empty when there is no such topic. */
    public static Optional<String> guide(String topic) {
        if (!TOPIC.matcher(topic).matches()) {
            return Optional.empty();
        }
        try (InputStream in = Help.class.getResourceAsStream("/help/" + topic + ".html")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Help topic " + topic + " could not be read", e);
        }
    }
}

package org.waypoint.ui;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart drawn as inline SVG (no chart library, no licence): one bar per row, with an optional
 * marker per row (a team's safe caseload, say). Labels are escaped, the figures are also written as text, and
 * the chart has a title for screen readers.
 */
public final class BarChart {

    /** @param marker where to draw a reference tick on this row's scale, or null */
    public record Bar(String label, double value, String valueText, @Nullable Double marker, boolean highlight) {
    }

    private static final int ROW = 30;
    private static final int LABEL_WIDTH = 210;
    private static final int BAR_WIDTH = 360;
    private static final int VALUE_WIDTH = 70;

    private BarChart() {
    }

    public static Svg of(String title, List<Bar> bars) {
        return new Svg(svg(title, bars));
    }

    static String svg(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(b -> Math.max(b.value(), b.marker() == null ? 0 : b.marker()))
                .max().orElse(1);
        double scale = max <= 0 ? 0 : BAR_WIDTH / max;
        int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        int height = Math.max(ROW, bars.size() * ROW);
        var svg = new StringBuilder()
                .append("<svg xmlns='http://www.w3.org/2000/svg' class='bar-chart' role='img' viewBox='0 0 ")
                .append(width).append(' ').append(height).append("' aria-label='").append(escape(title)).append("'>")
                .append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW;
            svg.append("<text x='").append(LABEL_WIDTH - 8).append("' y='").append(y + 20)
                    .append("' text-anchor='end' class='bar-label'>").append(escape(bar.label())).append("</text>")
                    .append("<rect x='").append(LABEL_WIDTH).append("' y='").append(y + 6).append("' height='18' width='")
                    .append(number(bar.value() * scale)).append("' class='").append(bar.highlight() ? "bar bar-high" : "bar")
                    .append("'></rect>");
            if (bar.marker() != null) {
                double x = LABEL_WIDTH + bar.marker() * scale;
                svg.append("<line x1='").append(number(x)).append("' x2='").append(number(x)).append("' y1='")
                        .append(y + 2).append("' y2='").append(y + 28).append("' class='bar-marker'></line>");
            }
            svg.append("<text x='").append(LABEL_WIDTH + BAR_WIDTH + 6).append("' y='").append(y + 20)
                    .append("' class='bar-value'>").append(escape(bar.valueText())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}

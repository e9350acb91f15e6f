package org.waypoint.supervision.ui;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.waypoint.supervision.ComplianceFigures;
import org.waypoint.supervision.MonthlyCompliance;

/**
 * The twelve-month compliance trend as an inline SVG line chart (no chart library): workers supervised in time
 * (solid) and children discussed in time (dashed), 0–100%, each point with its counts in a tooltip.
 */
final class TrendChart {

    static final String WORKERS_COLOUR = "#1d4f91";
    static final String CASES_COLOUR = "#b35c00";
    private static final int WIDTH = 800;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 20;
    private static final int TOP = 14;
    private static final int BOTTOM = 52;

    private TrendChart() {
    }

    static String svg(List<MonthlyCompliance> months, String subject) {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" font-family=\"inherit\" font-size=\"15\">")
                .append("<title>").append(escape("Supervision compliance by month, " + subject)).append("</title>");
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent / 100.0);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(y).append("\" y2=\"").append(y).append("\" stroke=\"#d8dde3\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" fill=\"#56606b\">").append(percent).append("%</text>");
        }
        for (int i = 0; i < months.size(); i++) {
            MonthlyCompliance month = months.get(i);
            double x = x(i, months.size());
            svg.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 22)
                    .append("\" text-anchor=\"middle\" fill=\"#56606b\">")
                    .append(month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.UK)).append("</text>");
            // The year under the first month and under each January.
            if (i == 0 || month.month().getMonthValue() == 1) {
                svg.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 42)
                        .append("\" text-anchor=\"middle\" fill=\"#56606b\">").append(month.month().getYear())
                        .append("</text>");
            }
        }
        line(svg, months, ComplianceFigures::workerCompliance, WORKERS_COLOUR, "", "workers supervised in time",
                f -> f.supervisedInTime() + " of " + f.workers());
        line(svg, months, ComplianceFigures::caseCompliance, CASES_COLOUR, " stroke-dasharray=\"7 5\"",
                "children discussed in time", f -> f.childrenDiscussedInTime() + " of " + f.childrenAllocated());
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, List<MonthlyCompliance> months,
                             Function<ComplianceFigures, @Nullable BigDecimal> value, String colour, String dash,
                             String what, Function<ComplianceFigures, String> counts) {
        var path = new StringBuilder();
        var points = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < months.size(); i++) {
            MonthlyCompliance month = months.get(i);
            BigDecimal fraction = value.apply(month.figures());
            if (fraction == null) {
                drawing = false;
                continue;
            }
            double x = x(i, months.size());
            double y = y(fraction.doubleValue());
            path.append(drawing ? " L" : " M").append(x).append(' ').append(y);
            drawing = true;
            points.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4.5\" fill=\"")
                    .append(colour).append("\"><title>")
                    .append(escape(month.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                            + month.month().getYear() + ": " + Percent.of(fraction) + " " + what + " ("
                            + counts.apply(month.figures()) + ")"))
                    .append("</title></circle>");
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"3\"").append(dash).append("/>");
        }
        svg.append(points);
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT - 30;
        return Math.round((LEFT + 15 + (count <= 1 ? span / 2 : span * index / (count - 1))) * 10) / 10.0;
    }

    private static double y(double fraction) {
        return Math.round((TOP + (HEIGHT - TOP - BOTTOM) * (1 - fraction)) * 10) / 10.0;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

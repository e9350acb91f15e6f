package org.waypoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void drawsEveryBarAndEscapesLabels() {
        String svg = BarChart.svg("Teams", List.of(
                new BarChart.Bar("North <b>", 10, "10.0", 18.0, false),
                new BarChart.Bar("South & West", 20, "20.0", 18.0, true),
                new BarChart.Bar("East", 5, "5.0", null, false)));
        assertThat(svg).contains("North &lt;b&gt;").doesNotContain("<b>").contains("viewBox='0 0 640 90'");
        assertThat(svg.split("<rect", -1)).hasSize(4);
        assertThat(svg).contains("bar bar-high");
        assertThat(svg.split("<line", -1)).hasSize(3);
    }
}

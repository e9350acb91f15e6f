package org.waypoint.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"my-day", "child-record", "return-interview", "smart-actions", "supervision",
            "supervision-compliance", "caseloads", "missing-panel"})
    void everyGuideIsOneElementWithAHeading(String topic) {
        assertThat(Help.guide(topic)).hasValueSatisfying(html -> assertThat(html.strip())
                .startsWith("<div>").endsWith("</div>").contains("<h2>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../application.properties", "RETURN-INTERVIEW", "", "no-such-topic"})
    void onlyGuidesByTheirPlainNames(String topic) {
        assertThat(Help.guide(topic)).isEmpty();
        assertThatThrownBy(() -> Help.button(topic, "?")).isInstanceOf(IllegalArgumentException.class);
    }
}

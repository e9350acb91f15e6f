package org.waypoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FteTest {

    @Test
    void showsFteWithoutNeedlessZeros() {
        assertThat(Fte.text(new BigDecimal("1.00"))).isEqualTo("1.0");
        assertThat(Fte.text(new BigDecimal("0.80"))).isEqualTo("0.8");
        assertThat(Fte.text(new BigDecimal("0.75"))).isEqualTo("0.75");
    }
}

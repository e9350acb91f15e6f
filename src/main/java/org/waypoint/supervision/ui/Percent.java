package org.waypoint.supervision.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** A compliance fraction as people read it: "87%"; a dash when there was nothing to count. */
final class Percent {

    private Percent() {
    }

    static String of(@Nullable BigDecimal fraction) {
        return fraction == null ? "–" : fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }
}

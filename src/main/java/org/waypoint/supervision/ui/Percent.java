package org.waypoint.supervision.ui;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.waypoint.supervision.ComplianceFigures;

/** A compliance fraction as people read it: "87%"; a dash when there was nothing to count. */
final class Percent {

    private Percent() {
    }

    static String of(@Nullable BigDecimal fraction) {
        return ComplianceFigures.percent(fraction);
    }
}

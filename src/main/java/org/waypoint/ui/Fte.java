package org.waypoint.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Full-time equivalence as managers write it: "1.0", "0.8", "0.75". */
public final class Fte {

    private Fte() {
    }

    public static String text(BigDecimal fte) {
        BigDecimal plain = fte.stripTrailingZeros();
        return plain.scale() < 1 ? plain.setScale(1, RoundingMode.UNNECESSARY).toPlainString() : plain.toPlainString();
    }
}

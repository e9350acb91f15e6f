package org.waypoint.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** {@code met} of {@code total} done in time; team counts add up to service area and authority figures. */
public record Share(long met, long total) {

    public static final Share NONE = new Share(0, 0);

    /** Whole per cent as seed 003 reports them (90%, 96%, 76%), half up; null when there is nothing to count. */
    public @Nullable Integer percent() {
        return total == 0 ? null
                : BigDecimal.valueOf(100 * met).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).intValueExact();
    }

    public Share plus(Share other) {
        return new Share(met + other.met, total + other.total);
    }
}

package org.waypoint.supervision.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates in narrow table columns, with GOV.UK's short months ("17 Sept 2026"); full dates everywhere else. */
final class ShortDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ShortDates() {
    }

    static String day(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}

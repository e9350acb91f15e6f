package org.waypoint.common;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates as people write them (GOV.UK style: "3 March 2026"), in the council's time zone. */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

    private Dates() {
    }

    public static String day(@Nullable TemporalAccessor date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String dayTime(java.time.@Nullable Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(ZONE)).replace("AM", "am").replace("PM", "pm");
    }

    public static int ageOn(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    /** Age as people say it: "7", or "5 months" for a baby. */
    public static String ageText(LocalDate dateOfBirth, LocalDate on) {
        Period age = Period.between(dateOfBirth, on);
        if (age.getYears() > 0) {
            return Integer.toString(age.getYears());
        }
        int months = age.getMonths();
        return months == 1 ? "1 month" : months + " months";
    }
}

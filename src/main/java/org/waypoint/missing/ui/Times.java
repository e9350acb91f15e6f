package org.waypoint.missing.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;

/** Date and time fields and wording for times in the council's zone. */
final class Times {

    private Times() {
    }

    /** A date and time field that reads and shows British dates ("3 March 2026", "3/3/2026") and 24-hour times. */
    static DateTimePicker picker(String label, Clock clock) {
        var picker = new DateTimePicker(label);
        picker.setLocale(Locale.UK);
        var dates = new DatePicker.DatePickerI18n();
        dates.setDateFormats("d MMMM yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd");
        dates.setFirstDayOfWeek(1);
        picker.setDatePickerI18n(dates);
        picker.setI18n(new DateTimePicker.DateTimePickerI18n().setDateLabel("Date").setTimeLabel("Time"));
        picker.setDatePlaceholder("Date");
        picker.setTimePlaceholder("Time");
        picker.setStep(Duration.ofMinutes(15));
        picker.addClassName("wide-date");
        picker.setMax(LocalDateTime.now(clock.withZone(Dates.ZONE)).plusMinutes(1));
        return picker;
    }

    static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(Dates.ZONE).toInstant();
    }

    static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Dates.ZONE);
    }

    /** Now, to the minute, as a field value. */
    static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(Dates.ZONE)).truncatedTo(ChronoUnit.MINUTES);
    }

    /** "3 March 2026, 9:40pm to 4 March 2026, 7:15am", or "3 March 2026, 9:40pm to 11:50pm" within a day. */
    static String period(Instant from, @Nullable Instant to) {
        if (to == null) {
            return Dates.dayTime(from) + " to now";
        }
        boolean sameDay = from.atZone(Dates.ZONE).toLocalDate().equals(to.atZone(Dates.ZONE).toLocalDate());
        String end = Dates.dayTime(to);
        return Dates.dayTime(from) + " to " + (sameDay ? end.substring(end.indexOf(", ") + 2) : end);
    }

    /** "9 hours 35 minutes", "2 days 3 hours", "40 minutes". */
    static String length(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
        }
        return plural(Math.max(minutes, 1), "minute");
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}

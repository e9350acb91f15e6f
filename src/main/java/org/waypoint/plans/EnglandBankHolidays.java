package org.waypoint.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bank holidays in England and Wales, worked out from the rules (with substitute days when a holiday falls at a
 * weekend) and the one-off changes since 2000, so working days can be counted for any year without a download.
 */
public final class EnglandBankHolidays {

    /** Years whose early May or spring holiday moved, and one-off extra holidays. */
    private static final Map<LocalDate, LocalDate> MOVED = Map.of(
            LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4),
            LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));
    private static final Set<LocalDate> EXTRA = Set.of(LocalDate.of(2002, 6, 3), LocalDate.of(2011, 4, 29),
            LocalDate.of(2012, 6, 5), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8));

    private EnglandBankHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        var days = new TreeSet<LocalDate>();
        days.add(nextWeekday(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(moved(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))));
        days.add(moved(LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
        days.add(LocalDate.of(year, 8, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = nextWeekday(LocalDate.of(year, 12, 25));
        days.add(christmas);
        LocalDate boxingDay = nextWeekday(LocalDate.of(year, 12, 26));
        days.add(boxingDay.equals(christmas) ? nextWeekday(boxingDay.plusDays(1)) : boxingDay);
        EXTRA.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return days;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !of(day.getYear()).contains(day);
    }

    /** The day {@code count} working days after {@code from} (not counting {@code from} itself). */
    public static LocalDate addWorkingDays(LocalDate from, int count) {
        LocalDate day = from;
        for (int added = 0; added < count; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    private static LocalDate moved(LocalDate usual) {
        return MOVED.getOrDefault(usual, usual);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate d = day;
        while (isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, Month.of(month), day);
    }
}

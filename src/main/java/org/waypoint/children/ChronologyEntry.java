package org.waypoint.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One event in a child's story.
 *
 * @param day    the day it happened
 * @param time   the moment, when the record holds one (a child went missing at 9:40pm); null for a date only
 * @param kind   what sort of event, in plain words ("Missing episode"); the chronology filters on it
 * @param title  what happened ("Allocated to Sam Walker")
 * @param detail a line more (the decision, where the child was found), or null
 * @param by     who did or decided it, or null
 * @param link   the app path of the record it comes from ("missing/episodes/…/interview"), or null when the reader
 *               may not open that record or it is on the child's page already
 */
public record ChronologyEntry(LocalDate day, @Nullable Instant time, String kind, String title,
                              @Nullable String detail, @Nullable String by, @Nullable String link) {

    /** Newest first; on one day, timed events by time, then those with a date only. */
    public static final Comparator<ChronologyEntry> NEWEST_FIRST = Comparator
            .comparing(ChronologyEntry::day).reversed()
            .thenComparing(ChronologyEntry::time, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ChronologyEntry::kind)
            .thenComparing(ChronologyEntry::title);
}

package org.waypoint.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something due (a plan review, a return interview, a supervision, a plan waiting for approval), for caseload lists
 * and the "My day" home screen.
 *
 * @param childId   the child it is about; null for an item about a worker (their supervision)
 * @param label     what is due, in plain words ("Return interview: 20 hours left")
 * @param due       the last day to do it; before today is overdue
 * @param about     whom it concerns when that is not obvious ("Jade Smith", "Sam Walker"); null to let the home
 *                  screen name the child
 * @param detail    a line more ("Allocated to Sam Walker"), or null
 * @param link      the app path of the screen where it is done ("missing/episodes/…/interview"); null opens the
 *                  child's record
 * @param dueBy     the moment it is due, for items due at a time of day (a return interview's 72 hours); null when
 *                  the whole day counts
 */
public record DueItem(@Nullable UUID childId, String label, LocalDate due, @Nullable String about,
                      @Nullable String detail, @Nullable String link, @Nullable Instant dueBy) {

    /** An item about one of the user's children, done on the child's record. */
    public DueItem(UUID childId, String label, LocalDate due) {
        this(childId, label, due, null, null, null, null);
    }

    /** An item due by the end of its day. */
    public DueItem(@Nullable UUID childId, String label, LocalDate due, @Nullable String about,
                   @Nullable String detail, @Nullable String link) {
        this(childId, label, due, about, detail, link, null);
    }

    /** Overdue once its day has passed, or, for an item due at a time, once that time has. */
    public boolean overdueAt(Instant now, LocalDate today) {
        return dueBy == null ? due.isBefore(today) : now.isAfter(dueBy);
    }
}

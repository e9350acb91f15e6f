package org.waypoint.children;

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
 */
public record DueItem(@Nullable UUID childId, String label, LocalDate due, @Nullable String about,
                      @Nullable String detail, @Nullable String link) {

    /** An item about one of the user's children, done on the child's record. */
    public DueItem(UUID childId, String label, LocalDate due) {
        this(childId, label, due, null, null, null);
    }

    public boolean overdueOn(LocalDate today) {
        return due.isBefore(today);
    }
}

package org.waypoint.children;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Implemented by features that give a child a status of their own (a care leaver's: eligible, relevant, former
 * relevant), shown beside the category on caseload lists without the children feature knowing those features.
 */
public interface ChildStatusSource {

    /** The child's status in plain words, if this feature gives them one. Computed, never read from the database. */
    Optional<String> status(ChildSummary child, LocalDate today);
}

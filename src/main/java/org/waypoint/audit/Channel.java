package org.waypoint.audit;

/** The door a record was read or changed through. */
enum Channel {
    /** A Vaadin screen (Flow or React). */
    UI,
    /** The REST API. */
    API,
    /** An offline device synchronising its changes. */
    SYNC,
    /** No request: start-up, scheduled work. */
    SYSTEM
}

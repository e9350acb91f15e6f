package org.waypoint.common;

/** The request clashes with the current state (a duplicate name, a plan already approved). Becomes 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

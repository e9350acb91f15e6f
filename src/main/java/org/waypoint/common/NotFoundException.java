package org.waypoint.common;

/**
 * The record does not exist, or the caller may not know that it exists: both answer 404 so that ids of other
 * people's cases reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}

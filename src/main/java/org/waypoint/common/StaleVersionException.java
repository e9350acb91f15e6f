package org.waypoint.common;

/**
 * Someone else saved the record after the caller read it. The caller's text is not applied and must be shown
 * beside the newer version, never dropped. Becomes 412 in the API, with the caller's request echoed back.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

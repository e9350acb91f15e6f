package org.waypoint.sync;

import java.util.List;

/** Both versions side by side: the same labels in the same order, the server's first. */
public record ConflictComparison(ConflictCopy copy, long serverVersion, List<SyncHandler.Field> server,
                                 List<SyncHandler.Field> mine) {
}

/**
 * Offline sync: a device sends the changes it queued while it had no signal, each with its own id and the version it
 * was made on. Each change goes through the same feature service as the screens ({@link org.waypoint.sync.SyncHandler}
 * per kind of change), so access, validation and the approval gate hold offline too; a replayed id is never applied
 * twice, and a change made on an out-of-date version is kept as a conflict copy beside the newer one.
 */
@NullMarked
package org.waypoint.sync;

import org.jspecify.annotations.NullMarked;

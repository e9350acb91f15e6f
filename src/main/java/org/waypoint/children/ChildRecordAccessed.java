package org.waypoint.children;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone read or changed part of a child's record. Published by {@link ChildAccess}, the one place every feature
 * checks access, so the audit trail cannot miss an entry point.
 *
 * @param recordType what was touched: CHILD, PLAN, PATHWAY_PLAN, ...
 */
public record ChildRecordAccessed(UUID childId, String recordType, @Nullable String recordId, RecordAction action,
                                  long staffId, String username) {
}

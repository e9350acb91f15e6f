package org.waypoint.children;

import org.jspecify.annotations.Nullable;

public record CaseloadEntry(ChildSummary child, @Nullable DueItem nextDue) {
}

package org.waypoint.children;

import com.vaadin.flow.component.Component;

/**
 * A part of the child's record page contributed by another feature (plans, pathway plan, missing episodes), so
 * the page shows everything about the child without the children feature knowing those features. Implementations
 * are Spring beans; {@link #create} runs for a user who may read the child.
 */
public interface ChildRecordSection {

    /** Position on the page; lower comes first. */
    int order();

    /** Whether this section applies to the child at all (a pathway plan only for care leavers, say). */
    default boolean appliesTo(ChildSummary child) {
        return true;
    }

    Component create(ChildSummary child);
}

package org.waypoint.children;

/** What someone did with a child's record, for the audit trail. */
public enum RecordAction {
    VIEW, CREATE, UPDATE, SUBMIT, APPROVE, RETURN, ALLOCATE, CLOSE, EXPORT, PRINT
}

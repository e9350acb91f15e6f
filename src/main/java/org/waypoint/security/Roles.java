package org.waypoint.security;

/** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}; they match {@link Role} constants. */
public final class Roles {

    public static final String SOCIAL_WORKER = "SOCIAL_WORKER";
    public static final String PERSONAL_ADVISER = "PERSONAL_ADVISER";
    public static final String TEAM_MANAGER = "TEAM_MANAGER";
    public static final String HEAD_OF_SERVICE = "HEAD_OF_SERVICE";
    public static final String ADMIN = "ADMIN";

    /** Anyone who works with children's records (everyone but the administrator). */
    public static final String CASE_ROLES = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER','HEAD_OF_SERVICE')";
    public static final String MANAGERS = "hasAnyRole('TEAM_MANAGER','HEAD_OF_SERVICE')";

    private Roles() {
    }
}

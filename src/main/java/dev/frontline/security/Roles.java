package dev.frontline.security;

/** Role names as used in {@code @RolesAllowed} and {@code hasRole(...)}; they mirror the {@code app_role} enum. */
public final class Roles {
    public static final String PLANNER = "PLANNER";
    public static final String AGENT = "AGENT";
    public static final String HR = "HR";
    /** Manages logins and roles; sees no planning or HR data by this role alone. */
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}

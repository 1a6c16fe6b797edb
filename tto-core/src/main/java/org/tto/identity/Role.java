package org.tto.identity;

/**
 * What a user is in the system. Each role comes with a scope: inventors, officers and directors belong to one
 * institution, coordinators to one country; reviewers and admins see every country.
 */
public enum Role {
    INVENTOR(Scope.INSTITUTION),
    OFFICER(Scope.INSTITUTION),
    DIRECTOR(Scope.INSTITUTION),
    COORDINATOR(Scope.COUNTRY),
    REVIEWER(Scope.ALL),
    ADMIN(Scope.ALL);

    /** The reach of a role. */
    public enum Scope {
        INSTITUTION,
        COUNTRY,
        ALL
    }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}

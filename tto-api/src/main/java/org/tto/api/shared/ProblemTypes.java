package org.tto.api.shared;

import java.net.URI;

/** Stable {@code type} URIs of the problems this API answers with (RFC 9457). */
public final class ProblemTypes {

    private static final String BASE = "https://tto.example.org/problems/";

    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI RULE_VIOLATION = URI.create(BASE + "rule-violation");
    public static final URI CONCURRENT_UPDATE = URI.create(BASE + "concurrent-update");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    /** An admin reset the caller's password: they must choose a new one before anything else. */
    public static final URI PASSWORD_CHANGE_REQUIRED = URI.create(BASE + "password-change-required");
    /** Sign-in refused for a while after repeated failures (429, with Retry-After). */
    public static final URI TOO_MANY_SIGN_INS = URI.create(BASE + "too-many-sign-ins");
    /** Refused by the role rules of the security chain, before the request's body was read. */
    public static final URI ROLE_NOT_PERMITTED = URI.create(BASE + "role-not-permitted");
    public static final URI INTERNAL = URI.create(BASE + "internal");
    /** The database cannot be reached: the request was refused at once, nothing was changed. */
    public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");

    private ProblemTypes() {}
}

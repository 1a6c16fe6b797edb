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
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    /** The request itself was refused before any handler saw it (malformed URL, path, headers). */
    public static final URI REQUEST_REJECTED = URI.create(BASE + "request-rejected");
    /** An admin reset the caller's password: they must choose a new one before anything else. */
    public static final URI PASSWORD_CHANGE_REQUIRED = URI.create(BASE + "password-change-required");
    /** Sign-in refused for a while after repeated failures (429, with Retry-After). */
    public static final URI TOO_MANY_SIGN_INS = URI.create(BASE + "too-many-sign-ins");
    /** Refused by the role rules of the security chain, before the request's body was read. */
    public static final URI ROLE_NOT_PERMITTED = URI.create(BASE + "role-not-permitted");
    public static final URI INTERNAL = URI.create(BASE + "internal");
    /** The database cannot be reached: the request was refused at once, nothing was changed. */
    public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");

    private ProblemTypes() {}

    /** The type of a problem known only by its status (a container or framework refusal). */
    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> REQUEST_REJECTED;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> RULE_VIOLATION;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL : REQUEST_REJECTED;
        };
    }
}

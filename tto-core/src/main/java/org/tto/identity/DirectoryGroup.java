package org.tto.identity;

/**
 * A group derived from users' roles and scopes, never stored: the workflow engine uses these ids as candidate groups,
 * so a task for {@code officers-UNA} reaches UNA's officers and nobody else.
 */
public record DirectoryGroup(String id, String name, Kind kind) {

    public enum Kind {
        /** Candidate groups of user tasks. */
        WORKFLOW,
        /** Groups that only carry permissions. */
        SYSTEM
    }

    public static final String ADMINS = "admins";
    public static final String REVIEWERS = "reviewers";

    public static String officersOf(String institutionCode) {
        return "officers-" + institutionCode;
    }

    public static String directorsOf(String institutionCode) {
        return "directors-" + institutionCode;
    }

    public static String inventorsOf(String institutionCode) {
        return "inventors-" + institutionCode;
    }

    public static String coordinatorsOf(String countryCode) {
        return "coordinators-" + countryCode;
    }
}

package org.tto.identity;

import java.util.Objects;

/**
 * Who is acting, and within what scope. Every domain service that reads or changes scoped records takes the actor
 * and enforces the scope itself, so a new endpoint cannot forget it: a record out of scope is "not found", an action
 * the role may not take in scope is "forbidden".
 *
 * @param institutionId  for inventors, officers and directors; null otherwise
 * @param countryCode    the institution's country, or the coordinator's; null for reviewers and admins
 */
public record Actor(String username, Role role, Long institutionId, String institutionCode, String countryCode) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role.scope() == Role.Scope.INSTITUTION && institutionId == null) {
            throw new IllegalArgumentException(role + " must belong to an institution");
        }
        if (role.scope() == Role.Scope.COUNTRY && countryCode == null) {
            throw new IllegalArgumentException(role + " must belong to a country");
        }
    }

    public static Actor of(AppUser user) {
        return new Actor(user.username(), user.role(), user.institution().map(i -> i.id()).orElse(null),
                user.institution().map(i -> i.code()).orElse(null), user.countryCode().orElse(null));
    }

    public boolean is(Role... roles) {
        for (Role candidate : roles) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }

    /** Whether a record of this institution (in this country) is within the actor's scope. */
    public boolean canSee(Long recordInstitutionId, String recordCountryCode) {
        return switch (role.scope()) {
            case ALL -> true;
            case COUNTRY -> countryCode.equals(recordCountryCode);
            case INSTITUTION -> institutionId.equals(recordInstitutionId);
        };
    }

    /** Whether records of this country are within the actor's scope (for country-level views). */
    public boolean canSeeCountry(String recordCountryCode) {
        return switch (role.scope()) {
            case ALL -> true;
            case COUNTRY, INSTITUTION -> countryCode.equals(recordCountryCode);
        };
    }
}

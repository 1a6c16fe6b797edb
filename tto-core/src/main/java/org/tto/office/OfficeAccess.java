package org.tto.office;

import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.Institution;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;

/**
 * Who may do what with the TTO's own records and a country's appropriate-technology projects. Out of scope: not
 * found. In scope: everyone but inventors reads them; the institution's director, the country's coordinator and
 * admins keep the TTO's records (officers record patent-information services too, they deliver them); the country's
 * coordinator and admins keep the projects. Reviewers read everything and write nothing.
 */
public final class OfficeAccess {

    private OfficeAccess() {}

    public static void requireRead(Actor actor, Institution institution) {
        if (!actor.canSee(institution.id(), institution.countryCode())) {
            throw new NotFoundException("institution", institution.code());
        }
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see the TTO's own records");
        }
    }

    public static void requireKeep(Actor actor, Institution institution) {
        requireRead(actor, institution);
        if (!actor.is(Role.DIRECTOR, Role.COORDINATOR, Role.ADMIN)) {
            throw new ForbiddenException("Only the TTO's director or the country's coordinator keeps the TTO's "
                    + "records");
        }
    }

    public static void requireRecordService(Actor actor, Institution institution) {
        requireRead(actor, institution);
        if (!actor.is(Role.OFFICER, Role.DIRECTOR, Role.COORDINATOR, Role.ADMIN)) {
            throw new ForbiddenException("Only the TTO's officers and director or the country's coordinator record "
                    + "patent-information services");
        }
    }

    public static void requireReadCountry(Actor actor, String countryCode) {
        if (!actor.canSeeCountry(countryCode)) {
            throw new NotFoundException("country", countryCode);
        }
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see appropriate-technology projects");
        }
    }

    public static void requireKeepCountry(Actor actor, String countryCode) {
        requireReadCountry(actor, countryCode);
        if (!actor.is(Role.COORDINATOR, Role.ADMIN)) {
            throw new ForbiddenException("Only the country's coordinator keeps its appropriate-technology projects");
        }
    }
}

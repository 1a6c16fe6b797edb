package org.tto.training;

import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;

/**
 * Who may do what with training events. Out of scope (another country): not found. In scope: everyone but inventors
 * reads them; the country's coordinator and admins keep them.
 */
public final class TrainingAccess {

    private TrainingAccess() {}

    public static void requireRead(Actor actor, String countryCode, String what, Object id) {
        if (!actor.canSeeCountry(countryCode)) {
            throw new NotFoundException(what, id);
        }
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see training events");
        }
    }

    public static void requireKeep(Actor actor, String countryCode, String what, Object id) {
        requireRead(actor, countryCode, what, id);
        if (!actor.is(Role.COORDINATOR, Role.ADMIN)) {
            throw new ForbiddenException("Only the country's coordinator records training events and their "
                    + "participants and surveys");
        }
    }
}

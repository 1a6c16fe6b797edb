package org.tto.disclosure;

import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;

/**
 * Who may see and act on a case. A case is visible to its institution's officers and directors and to its own
 * inventors; to everybody else it does not exist (404). Within sight, some steps need an officer or a director (403).
 */
final class CaseAccess {

    private CaseAccess() {}

    static InventionDisclosure visible(Actor actor, InventionDisclosure disclosure) {
        boolean staff = actor.is(Role.OFFICER, Role.DIRECTOR)
                && actor.institutionId().equals(disclosure.institution().id());
        boolean ownInventor = actor.is(Role.INVENTOR) && actor.institutionId().equals(disclosure.institution().id())
                && disclosure.isInventor(actor.username());
        if (!staff && !ownInventor) {
            throw new NotFoundException("disclosure", disclosure.id());
        }
        return disclosure;
    }

    static void requireOfficer(Actor actor, String action) {
        if (!actor.is(Role.OFFICER, Role.DIRECTOR)) {
            throw new ForbiddenException("Only the TTO's officers and director may " + action + ".");
        }
    }

    static void requireDirector(Actor actor, String action) {
        if (!actor.is(Role.DIRECTOR)) {
            throw new ForbiddenException("Only the TTO's director may " + action + ".");
        }
    }

    static void requireInventor(Actor actor, InventionDisclosure disclosure, String action) {
        if (!actor.is(Role.INVENTOR) || !disclosure.isInventor(actor.username())) {
            throw new ForbiddenException("Only the case's inventors may " + action + ".");
        }
    }
}

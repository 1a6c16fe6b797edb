package org.tto.disclosure;

import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * Who may see and act on a case, in one place for every service of a case (disclosure, licensing, start-ups): a case
 * is visible to its institution's officers and directors and to its own inventors; to everybody else it does not
 * exist (404). Within sight, some steps need the TTO's staff or its director (403), and commercialisation needs a
 * case ready for it (409).
 */
public final class CaseAccess {

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

    /** The TTO's officers and its director. */
    public static void requireStaff(Actor actor, String action) {
        if (!actor.is(Role.OFFICER, Role.DIRECTOR)) {
            throw new ForbiddenException("Only the TTO's officers and director may " + action + ".");
        }
    }

    public static void requireDirector(Actor actor, String action) {
        if (!actor.is(Role.DIRECTOR)) {
            throw new ForbiddenException("Only the TTO's director may " + action + ".");
        }
    }

    static void requireInventor(Actor actor, InventionDisclosure disclosure, String action) {
        if (!actor.is(Role.INVENTOR) || !disclosure.isInventor(actor.username())) {
            throw new ForbiddenException("Only the case's inventors may " + action + ".");
        }
    }

    /** Licensing, a start-up and the choice of routes need a case ready for commercialisation. */
    public static InventionDisclosure requireReadyForCommercialisation(InventionDisclosure disclosure, String what) {
        if (disclosure.status() != DisclosureStatus.READY_FOR_COMMERCIALISATION) {
            throw new RuleViolationException("case.ready-for-commercialisation", "The case is " + disclosure.status()
                    + "; " + what + " once it is ready for commercialisation.");
        }
        return disclosure;
    }
}

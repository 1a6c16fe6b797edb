package org.tto.plan;

import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;

/**
 * Who may do what with a plan. Out of scope: not found. In scope: coordinators (of the country) and admins manage the
 * plan; reviewers read every plan and judge checkpoints; officers and directors read their own institution's plan.
 */
public final class PlanAccess {

    private PlanAccess() {}

    public static void requireRead(Actor actor, ImplementationPlan plan) {
        if (!actor.canSee(plan.institution().id(), plan.countryCode())) {
            throw new NotFoundException("plan", plan.id());
        }
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see implementation plans");
        }
    }

    public static void requireManage(Actor actor, ImplementationPlan plan) {
        requireRead(actor, plan);
        if (!actor.is(Role.COORDINATOR, Role.ADMIN)) {
            throw new ForbiddenException("Only the country's coordinator manages an implementation plan");
        }
    }

    public static void requireJudge(Actor actor, ImplementationPlan plan) {
        requireRead(actor, plan);
        if (!actor.is(Role.REVIEWER, Role.ADMIN)) {
            throw new ForbiddenException("Only a programme reviewer gives checkpoint verdicts");
        }
    }
}

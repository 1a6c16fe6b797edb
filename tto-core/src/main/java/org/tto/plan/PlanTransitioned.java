package org.tto.plan;

import java.time.LocalDate;

/** Published (synchronously, inside the command's transaction) after every accepted transition. */
public record PlanTransitioned(long planId, PlanEvent event, PlanState from, PlanState to, String actor,
        LocalDate on) {}

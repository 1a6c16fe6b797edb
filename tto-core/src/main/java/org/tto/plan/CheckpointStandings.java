package org.tto.plan;

/**
 * Reads where a plan's checkpoints stand. Owned here, implemented by the checkpoint feature, so plans do not depend
 * on checkpoints (checkpoints depend on plans).
 */
public interface CheckpointStandings {

    CheckpointStanding of(long planId);
}

package org.tto.checkpoint;

public enum CheckpointStatus {
    /** Waiting for the coordinator's figures. */
    DUE,
    /** Figures submitted, waiting for a reviewer's verdict. */
    SUBMITTED,
    /** A verdict was given. */
    JUDGED
}

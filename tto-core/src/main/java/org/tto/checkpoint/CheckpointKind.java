package org.tto.checkpoint;

public enum CheckpointKind {
    /** One of the plan's checkpoints after becoming operational (by default at 12, 24 and 36 months). */
    SCHEDULED,
    /** The check after a failed checkpoint's remediation. */
    RECHECK
}

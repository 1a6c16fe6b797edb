package org.tto.startup;

/** A start-up's life: forming until incorporated, then active until acquired or closed. */
public enum StartupStatus {
    FORMING,
    ACTIVE,
    ACQUIRED,
    CLOSED
}

package org.tto.startup;

/**
 * A start-up's life: forming until incorporated (or abandoned: its business plan declined, or the conflict of
 * interest refused), then active until acquired or closed.
 */
public enum StartupStatus {
    FORMING,
    ACTIVE,
    ACQUIRED,
    CLOSED,
    ABANDONED
}

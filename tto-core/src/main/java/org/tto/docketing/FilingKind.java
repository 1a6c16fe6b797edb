package org.tto.docketing;

/** The kind of a patent application, as far as deadlines care. */
public enum FilingKind {
    PROVISIONAL,
    NATIONAL,
    REGIONAL,
    PCT
}

package org.tto.startup;

/** The director's review of the conflict of interest when an inventor founds the start-up. */
public enum ConflictVerdict {
    /** Cleared, with the conditions in the note: formation goes on. */
    CLEARED,
    /** Refused: the institution will not take part in this start-up; formation is abandoned. */
    REFUSED
}

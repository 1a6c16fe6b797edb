package org.tto.licensing;

/**
 * The stages of a licensing path, in order: the brief is written, the technology marketed until a prospect is
 * chosen, the NDA/CDA signed, optionally an option granted, the term sheet agreed, the agreement drafted, cleared and
 * approved; the path ends executed or abandoned.
 */
public enum PathStage {
    BRIEF,
    MARKETING,
    CONFIDENTIALITY,
    OPTION,
    TERM_SHEET,
    AGREEMENT,
    EXECUTED,
    ABANDONED;

    boolean ended() {
        return this == EXECUTED || this == ABANDONED;
    }
}

package org.tto.licensing;

/**
 * The licensee's size, for AUTM's licensee-size split: a start-up, a small company (fewer than 500 employees), a
 * large one. {@code UNKNOWN} marks agreements recorded before the size was asked; a new agreement says which.
 */
public enum LicenseeSize {
    STARTUP,
    SMALL,
    LARGE,
    UNKNOWN
}

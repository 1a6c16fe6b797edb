package org.tto.disclosure;

import org.tto.shared.RuleViolationException;

/** The human reference of a disclosure, {@code <INSTITUTION>-<YYYY>-<NNNN>}, e.g. {@code UNA-2026-0042}. */
public record DisclosureReference(String institutionCode, int year, int number) {

    public DisclosureReference {
        if (number < 1 || number > 9999) {
            throw new RuleViolationException("reference.capacity",
                    "An institution can number at most 9999 disclosures a year.");
        }
    }

    public String value() {
        return "%s-%04d-%04d".formatted(institutionCode, year, number);
    }
}

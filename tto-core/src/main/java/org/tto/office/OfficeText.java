package org.tto.office;

import org.tto.shared.InvalidInputException;

/** The text rules the office's records share: required text is not blank, optional text blank is none. */
final class OfficeText {

    private OfficeText() {}

    static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "Must not be blank.");
        }
        return text.strip();
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

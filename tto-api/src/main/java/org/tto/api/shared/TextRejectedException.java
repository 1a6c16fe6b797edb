package org.tto.api.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A text value of a request body that is not text a reader can trust (control characters, broken Unicode). */
final class TextRejectedException extends MismatchedInputException {

    private final String reason;

    TextRejectedException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}

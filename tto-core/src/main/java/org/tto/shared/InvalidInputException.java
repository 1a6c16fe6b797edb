package org.tto.shared;

import java.util.List;

/**
 * The caller sent something the domain cannot accept, whatever the record's state (shares that do not sum to 100, an
 * unknown office code): a 400 naming the field, like any other validation error. Where it has one, a message key
 * and its arguments let the pages say it in the user's language; the message is the English text.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String key;
    private final List<Object> arguments;

    public InvalidInputException(String field, String message) {
        this(field, null, message);
    }

    public InvalidInputException(String field, String key, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    /** The message key ({@code password.too-short}), or null where the message has none yet. */
    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}

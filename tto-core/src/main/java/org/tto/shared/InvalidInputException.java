package org.tto.shared;

/**
 * The caller sent something the domain cannot accept, whatever the record's state (shares that do not sum to 100, an
 * unknown office code): a 400 naming the field, like any other validation error.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

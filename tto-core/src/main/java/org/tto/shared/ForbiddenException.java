package org.tto.shared;

/** The record is within the caller's scope, but the caller's role may not perform this action on it. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}

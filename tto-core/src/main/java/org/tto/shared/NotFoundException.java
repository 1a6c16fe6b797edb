package org.tto.shared;

/**
 * The record does not exist, or exists outside the caller's scope: the two are deliberately indistinguishable, so an
 * id from another institution reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}

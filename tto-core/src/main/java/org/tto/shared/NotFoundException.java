package org.tto.shared;

import java.util.function.Supplier;

/**
 * The record does not exist, or exists outside the caller's scope: the two are deliberately indistinguishable, so an
 * id from another institution reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }

    /**
     * Runs the scope check of a record's parent (its case, its plan) for a record reached by its own id: a parent
     * out of sight answers as this record's own absence, so the refusal never reveals which parent it has.
     */
    public static <T> T reachedThrough(String what, Object id, Supplier<T> parentCheck) {
        try {
            return parentCheck.get();
        } catch (NotFoundException e) {
            throw new NotFoundException(what, id);
        }
    }
}

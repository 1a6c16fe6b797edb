package org.tto.api.shared;

import org.springframework.validation.BindingResult;
import org.tto.shared.InvalidInputException;

/**
 * What a page form does with a refusal from the domain: the error goes beside its field (or to the top of the form
 * when the field is not on it), under its message key so that the page says it in the user's language; the
 * domain's English sentence is the fallback.
 */
public final class FormCheck {

    private FormCheck() {}

    public static void reject(BindingResult form, InvalidInputException e) {
        // without a key, the domain's own sentence (English) is said rather than a vaguer translated one
        String key = e.key() == null ? "form.refused" : e.key();
        if (e.field() != null && form.getFieldType(e.field()) != null) {
            form.rejectValue(e.field(), key, e.arguments(), e.getMessage());
        } else {
            form.reject(key, e.arguments(), e.getMessage());
        }
    }

    /** A required text: present and not only spaces. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package org.tto.api.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form's text holds no control character, lone surrogate or noncharacter, and no line break unless it is
 * {@code multiLine}: the same check as every text of the API's JSON bodies ({@link CheckedText}). Null passes.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface PlainText {

    boolean multiLine() default false;

    String message() default "holds characters that are not text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    class Check implements ConstraintValidator<PlainText, String> {

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || CheckedText.fault(text, multiLine) == null;
        }
    }
}

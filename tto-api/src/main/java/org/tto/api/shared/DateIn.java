package org.tto.api.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.tto.shared.DateRange;

/** A date of a request within the range its meaning allows ({@link DateRange}); null passes (use {@code @NotNull}). */
@Documented
@Constraint(validatedBy = DateInValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
public @interface DateIn {

    DateRange value();

    String message() default "is outside the dates this field may hold";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

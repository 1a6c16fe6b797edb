package org.tto.api.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import org.tto.shared.DateRange;

/** Checks {@link DateIn} against today on the application's clock; the message says which dates are allowed. */
public class DateInValidator implements ConstraintValidator<DateIn, LocalDate> {

    private final Clock clock;
    private DateRange range;

    public DateInValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(DateIn annotation) {
        this.range = annotation.value();
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        LocalDate today = LocalDate.now(clock);
        if (date == null || range.contains(date, today)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(range.describe(today)).addConstraintViolation();
        return false;
    }
}

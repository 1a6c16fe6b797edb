package org.tto.api.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tto.api.shared.PageFormat;

/** The bars drawn on the server beside a figure (bean {@code @bars}): how far a value is along its target. */
@Component("bars")
public class Bars {

    private final MessageSource messages;
    private final PageFormat format;

    public Bars(MessageSource messages, PageFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** What a bar says to a screen reader, in the page's language: "3 of a target of 5". */
    public String label(BigDecimal value, BigDecimal target) {
        return messages.getMessage("programme.bar", new Object[] {format.number(value == null ? BigDecimal.ZERO
                : value), format.number(target)}, LocaleContextHolder.getLocale());
    }

    /** The bar's length, 0 to {@code width}, for a value against its target; 0 without both. */
    public int length(BigDecimal value, BigDecimal target, int width) {
        if (value == null || target == null || target.signum() <= 0) {
            return 0;
        }
        BigDecimal share = value.divide(target, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO);
        return share.multiply(BigDecimal.valueOf(width)).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** The message key part of a unit ({@code per US$10M} as {@code per_US_10M}). */
    public String unitKey(String unit) {
        return unit.replaceAll("[^A-Za-z0-9]", "_");
    }
}

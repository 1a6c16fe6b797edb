package org.tto.api.shared;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and counted phrases in the page's language, through ICU (the CLDR's data): Arabic writes its own
 * digits and has six plural forms, Russian three. In templates: {@code ${@fmt.date(d)}},
 * {@code ${@fmt.count('cases.found', n)}}.
 */
@Component("fmt")
public class PageFormat {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final MessageSource messages;

    public PageFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** A legal date (a deadline, a filing date) in the language's medium form: 29 mars 2026, 29 мар. 2026 г. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, locale());
        format.setTimeZone(UTC);
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** A moment (when something happened), in UTC, which the page says. */
    public String moment(Instant at) {
        if (at == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale());
        format.setTimeZone(UTC);
        return format.format(Date.from(at)) + " UTC";
    }

    /** A moment given as a legacy date (the engine's task times). */
    public String moment(Date at) {
        return at == null ? "" : moment(at.toInstant());
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    /** A share in per cent (40 → 40 %, ٤٠٪). */
    public String percent(BigDecimal share) {
        if (share == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(4);
        return format.format(share.movePointLeft(2));
    }

    /**
     * A counted phrase: the message {@code key} is an ICU pattern with a {@code count} argument, such as
     * <code>{count, plural, one {# case} other {# cases}}</code>, formatted with the language's plural rules and digits.
     */
    public String count(String key, long count) {
        String pattern = messages.getMessage(key, null, LocaleContextHolder.getLocale());
        return new MessageFormat(pattern, locale()).format(Map.of("count", count));
    }

    /**
     * The label of a code (a task's step, a history entry's action) in the page's language: the message
     * {@code prefix + code}, else that of the code without its last parts ({@code DEADLINE_REMINDER_30} as
     * {@code DEADLINE_REMINDER}, {@code PROSPECT_DECLINED} as {@code PROSPECT}), else the fallback (the engine's English name of a step of a later part).
     */
    public String label(String prefix, String code, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        String label = messages.getMessage(prefix + code, null, null, locale);
        for (String shorter = code; label == null && shorter.lastIndexOf('_') > 0; ) {
            shorter = shorter.substring(0, shorter.lastIndexOf('_'));
            label = messages.getMessage(prefix + shorter, null, null, locale);
        }
        return label != null ? label : fallback;
    }

    public String label(String prefix, String code) {
        return label(prefix, code, code);
    }

    private static ULocale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return ULocale.forLocale(Languages.of(locale).locale());
    }
}

package org.tto.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.tto.disclosure.CaseEvent;

/**
 * Every line the case history writes has a label on the pages, in each of the six languages, found the way the
 * case page finds it ({@link PageFormat#label}: {@code event.<code>}, else the key of the code without its last
 * parts). Each bundle is read alone, so a key missing in one language is not covered by the English.
 */
class CaseEventLabelsTest {

    /** Labelled by their family's key on purpose: one label for a prospect's, a start-up's or a reminder's changes. */
    private static final Set<CaseEvent> FAMILY_LABELLED = EnumSet.of(CaseEvent.PROSPECT_IDENTIFIED,
            CaseEvent.PROSPECT_CONTACTED, CaseEvent.PROSPECT_INTERESTED, CaseEvent.PROSPECT_DECLINED,
            CaseEvent.STARTUP_ACQUIRED, CaseEvent.STARTUP_CLOSED, CaseEvent.DEADLINE_REMINDER_90,
            CaseEvent.DEADLINE_REMINDER_30, CaseEvent.DEADLINE_REMINDER_7);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "zh", "ru"})
    void everyCaseEventHasALabel(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        StaticMessageSource bundleAlone = new StaticMessageSource();
        Properties bundle = PageMessagesTest.bundle(language);
        bundle.stringPropertyNames().forEach(key -> bundleAlone.addMessage(key, locale, bundle.getProperty(key)));
        PageFormat fmt = new PageFormat(bundleAlone);
        LocaleContextHolder.setLocale(locale);

        List<CaseEvent> unlabelled = new ArrayList<>();
        for (CaseEvent event : CaseEvent.values()) {
            if (fmt.label("event.", event.name(), null) == null) {
                unlabelled.add(event);
            }
        }
        assertThat(unlabelled).as("history actions without a label in " + language).isEmpty();
    }

    @Test
    void onlyTheFamiliesTakeTheLabelOfAShorterCode() throws IOException {
        Properties english = PageMessagesTest.bundle("en");
        // a new STARTUP_... code without its own label would pass the test above as "Start-up status changed"
        assertThat(Stream.of(CaseEvent.values()).filter(e -> !english.containsKey("event." + e.name())))
                .containsExactlyInAnyOrderElementsOf(FAMILY_LABELLED);
    }
}

package org.tto.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tto.disclosure.Assessment;
import org.tto.disclosure.Deadline;
import org.tto.disclosure.DisclosureStatus;
import org.tto.disclosure.ProtectionOutcome;
import org.tto.disclosure.PublicDisclosureKind;
import org.tto.disclosure.TriageOutcome;
import org.tto.docketing.AnchorKind;
import org.tto.docketing.FilingKind;
import org.tto.identity.Role;
import org.tto.workflow.disclosure.InventionDisclosureProcess.Elements;

/**
 * The six bundles say everything the pages say: each key in every language, translated (not the English copied),
 * with the same placeholders, counted phrases with every plural form the language has, and no key a template or a
 * code of the domain asks for missing.
 */
class PageMessagesTest {

    /** Values that are rightly the same as the English: the same word in that language. */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "fr", Set.of("profile.institution", "disclosure.field.public.date", "filings.office", "preview.office",
                    "tasks.actions", "publicKind.POSTER"),
            "es", Set.of("role.INVENTOR", "disclosure.form.inventor"),
            "ar", Set.of(),
            "zh", Set.of(),
            "ru", Set.of());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)(?:\\(|\\})");

    static Properties bundle(String language) throws IOException {
        String name = "/i18n/messages" + (language.equals("en") ? "" : "_" + language) + ".properties";
        try (InputStream in = PageMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar", "zh", "ru"})
    void everyKeyIsTranslatedWithTheSamePlaceholders(String language) throws IOException {
        Properties english = bundle("en");
        Properties other = bundle(language);
        assertThat(new TreeSet<>(other.stringPropertyNames())).as("the keys of " + language)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        List<String> copied = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String value = other.getProperty(key);
            assertThat(value).as(language + " " + key).isNotBlank();
            if (value.equals(english.getProperty(key)) && !SAME_AS_ENGLISH.get(language).contains(key)) {
                copied.add(key);
            }
            assertThat(placeholders(value)).as(language + " " + key + " placeholders")
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
        assertThat(copied).as("values of " + language + " copied from the English").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "zh", "ru"})
    void countedPhrasesHaveEveryPluralFormOfTheLanguage(String language) throws IOException {
        Properties messages = bundle(language);
        ULocale locale = new ULocale(language);
        Set<String> forms = PluralRules.forLocale(locale).getKeywords();
        List<String> counted = messages.stringPropertyNames().stream()
                .filter(key -> messages.getProperty(key).contains("plural,")).sorted().toList();
        assertThat(counted).as("counted phrases in " + language).hasSizeGreaterThan(8);
        for (String key : counted) {
            String pattern = messages.getProperty(key);
            for (String form : forms) {
                assertThat(pattern).as(language + " " + key + " has the plural form " + form)
                        .containsPattern("\\b" + form + "\\s*\\{");
            }
            for (long n : new long[] {0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 102, 111}) {
                String text = new MessageFormat(pattern, locale).format(Map.of("count", n));
                assertThat(text).as(language + " " + key + " for " + n).isNotBlank().doesNotContain("{");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "zh", "ru"})
    void messagesWithArgumentsHaveNoPlainApostrophe(String language) throws IOException {
        Properties messages = bundle(language);
        List<String> broken = messages.stringPropertyNames().stream()
                .filter(key -> messages.getProperty(key).contains("'")).sorted().toList();
        // java.text.MessageFormat swallows a lone ' and what follows it: the bundles use ’ instead
        assertThat(broken).as("values with a plain apostrophe in " + language).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesIsInTheBundle() throws IOException {
        Properties english = bundle("en");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    if (!english.containsKey(key.group(1))) {
                        missing.add(template.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCodeThePagesLabelHasItsLabel() throws IOException {
        Properties english = bundle("en");
        List<String> wanted = new ArrayList<>();
        for (DisclosureStatus status : DisclosureStatus.values()) {
            wanted.add("status." + status);
            wanted.add("status." + status + ".explained");
        }
        Stream.of(PublicDisclosureKind.values()).forEach(v -> wanted.add("publicKind." + v));
        Stream.of(FilingKind.values()).forEach(v -> wanted.add("filingKind." + v));
        Stream.of(TriageOutcome.values()).forEach(v -> wanted.add("triageOutcome." + v));
        Stream.of(TriageOutcome.values()).forEach(v -> wanted.add("event.TRIAGED_" + v));
        Stream.of(ProtectionOutcome.values()).forEach(v -> wanted.add("outcome." + v));
        Stream.of(ProtectionOutcome.values()).forEach(v -> wanted.add("event.DECIDED_" + v));
        Stream.of(Assessment.Novelty.values()).forEach(v -> wanted.add("novelty." + v));
        Stream.of(Role.values()).forEach(v -> wanted.add("role." + v));
        Stream.of(Role.values()).forEach(v -> wanted.add("home.role." + v));
        Stream.of(Deadline.Status.values()).forEach(v -> wanted.add("deadlineStatus." + v));
        Stream.of(AnchorKind.values()).forEach(v -> wanted.add("anchor." + v));
        Stream.of(Elements.TRIAGE, Elements.ANSWER_QUESTIONS, Elements.ASSESS, Elements.DECIDE_PROTECTION,
                Elements.RECORD_FILINGS, Elements.ACT_ON_NOVELTY_RISK, Elements.CHOOSE_ROUTES)
                .forEach(step -> wanted.add("task." + step));
        for (int trl = 1; trl <= 9; trl++) {
            wanted.add("trl." + trl);
        }
        for (int status : new int[] {400, 403, 404, 405, 409, 429, 500, 503}) {
            wanted.add("error." + status + ".title");
            wanted.add("error." + status + ".text");
        }
        assertThat(wanted.stream().filter(key -> !english.containsKey(key)).collect(Collectors.toList())).isEmpty();
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(value);
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }
}

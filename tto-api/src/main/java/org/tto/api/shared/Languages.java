package org.tto.api.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six official languages of the United Nations, in which every page is written: each with its own name (as its
 * readers write it) and its direction.
 */
public final class Languages {

    /** A language the pages speak. */
    public record Language(String tag, String ownName, boolean rightToLeft) {

        public Locale locale() {
            return Locale.forLanguageTag(tag);
        }

        public String direction() {
            return rightToLeft ? "rtl" : "ltr";
        }
    }

    public static final Language ENGLISH = new Language("en", "English", false);

    public static final List<Language> ALL = List.of(
            ENGLISH,
            new Language("fr", "Français", false),
            new Language("es", "Español", false),
            new Language("ar", "العربية", true),
            new Language("zh", "中文", false),
            new Language("ru", "Русский", false));

    public static final List<Locale> LOCALES = ALL.stream().map(Language::locale).toList();

    private Languages() {}

    /** The language of a tag or locale ({@code fr}, {@code fr-CA}, {@code zh-Hans-CN}), if the pages speak it. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return ALL.stream().filter(l -> l.tag().equals(language)).findFirst();
    }

    /** The language of a locale, English when the pages do not speak it. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : of(locale.toLanguageTag()).orElse(ENGLISH);
    }
}

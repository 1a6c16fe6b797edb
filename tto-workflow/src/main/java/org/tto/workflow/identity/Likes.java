package org.tto.workflow.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** SQL LIKE patterns, as the engine's queries pass them ({@code %} for any run), matched in memory. */
final class Likes {

    private Likes() {}

    static boolean matches(String likePattern, String value) {
        if (likePattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : likePattern.toLowerCase(Locale.ROOT).split("%", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return value.toLowerCase(Locale.ROOT).matches(regex.toString());
    }

    static boolean equalsIfSet(String expected, String value) {
        return expected == null || expected.equals(value);
    }
}

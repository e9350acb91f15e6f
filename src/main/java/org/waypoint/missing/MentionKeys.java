package org.waypoint.missing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How places and people named in different interviews are matched: "The Union St. flats" and "union st flats" are
 * the same place, "McDonald's" and "Mcdonalds" the same. Deliberately no guessing beyond case, accents,
 * punctuation, spacing and a leading "the": a false match across children is worse than a missed one, and the
 * panel reads the names as written.
 */
public final class MentionKeys {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MentionKeys() {
    }

    public static String key(String name) {
        String plain = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace("&", " and ");
        plain = APOSTROPHES.matcher(plain).replaceAll("");
        plain = NOT_WORD.matcher(plain).replaceAll(" ").trim();
        if (plain.startsWith("the ")) {
            plain = plain.substring(4);
        }
        return plain;
    }
}

package org.waypoint.common;

import java.util.Optional;

/**
 * What counts as text people typed. Refused anywhere: control characters other than tab and line breaks (a NUL
 * cannot even be stored in PostgreSQL), broken UTF-16 (lone surrogates), and the bidirectional override and isolate
 * controls that make a name display differently from what it is ("‮gnp.exe"). Invisible characters alone do not
 * make a value non-blank.
 */
public final class Text {

    private Text() {
    }

    public static Optional<String> problemWith(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains characters that are not text");
            }
            if (Character.isLowSurrogate(c) || isControl(c) || isDirectionOverride(c)) {
                return Optional.of("contains characters that are not text");
            }
        }
        return Optional.empty();
    }

    /** Blank, counting zero-width and other invisible characters as nothing. */
    public static boolean isBlank(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF);
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isDirectionOverride(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}

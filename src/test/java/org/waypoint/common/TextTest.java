package org.waypoint.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Ø'Brien-Ñúñez", "محمد", "小明", "Line one\nline two", "Tab\tseparated", "😀 emoji",
            "Robert'); DROP TABLE child;--", "<script>alert(1)</script>"})
    void acceptsWhatPeopleType(String value) {
        assertThat(Text.problemWith(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "bell\u0007", "\u202Egnp.exe", "isolate\u2066x\u2069", "del\u007F", "c1\u0085"})
    void refusesControlAndOverrideCharacters(String value) {
        assertThat(Text.problemWith(value)).isPresent();
    }

    @Test
    void refusesBrokenUtf16() {
        assertThat(Text.problemWith("lone \uD800 high")).isPresent();
        assertThat(Text.problemWith("lone \uDC00 low")).isPresent();
        assertThat(Text.problemWith("\uD83D\uDE00 paired")).isEmpty();
    }

    @Test
    void invisibleCharactersAloneAreBlank() {
        assertThat(Text.isBlank("\u200B\u200B")).isTrue();
        assertThat(Text.isBlank(" \u00A0\t")).isTrue();
        assertThat(Text.isBlank("\uFEFFa")).isFalse();
    }
}

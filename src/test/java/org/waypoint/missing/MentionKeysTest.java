package org.waypoint.missing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionKeysTest {

    @Test
    void caseSpacingPunctuationAndALeadingTheDoNotMatter() {
        assertThat(MentionKeys.key("The Union St. flats")).isEqualTo(MentionKeys.key("  union st   FLATS "));
        assertThat(MentionKeys.key("Drake Circus bus station")).isEqualTo("drake circus bus station");
    }

    @Test
    void apostrophesAccentsAndAmpersandsAreEvenedOut() {
        assertThat(MentionKeys.key("McDonald's, Mutley Plain")).isEqualTo(MentionKeys.key("Mcdonalds Mutley plain"));
        assertThat(MentionKeys.key("McDonald’s")).isEqualTo("mcdonalds");
        assertThat(MentionKeys.key("Café Zoë")).isEqualTo("cafe zoe");
        assertThat(MentionKeys.key("Fish & Chips")).isEqualTo("fish and chips");
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(MentionKeys.key("Union Street")).isNotEqualTo(MentionKeys.key("Union St"));
        assertThat(MentionKeys.key("Theo")).isEqualTo("theo");
        assertThat(MentionKeys.key("Big Mike")).isNotEqualTo(MentionKeys.key("Mike"));
    }

    @Test
    void nothingButPunctuationLeavesNothingToMatch() {
        assertThat(MentionKeys.key(" ?! ")).isEmpty();
    }
}

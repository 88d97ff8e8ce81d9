package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The common words of English, read from the embedding model's vocabulary and the English lexicon. */
class CommonEnglishTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"weather", "meeting", "sister", "twinning", "prolonged", "cities", "turnout"})
    void holdsWordsAndTheirForms(String word) {
        assertTrue(CommonEnglish.contains(word), word);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sapporo", "sochi", "niigata", "oreshkin", "novosibirsk"})
    void holdsNoNameOfThoseRareInEnglish(String name) {
        assertFalse(CommonEnglish.contains(name), name);
    }
}

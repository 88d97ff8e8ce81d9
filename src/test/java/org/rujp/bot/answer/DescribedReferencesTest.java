package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.yaml.YamlNode;

/** The lexicon's descriptions: read as written, and a broken one refused with its file, line and what is wrong. */
class DescribedReferencesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'{at: \"the city where (?<c>.+)\", head: place, shift: 0, ask: \"Where {c}?\"}'|missing required key 'as'",
            "'{at: \"the city where (.+)\", head: place, shift: 0, ask: \"Where {c}?\", as: \"{value}\"}'|no group c",
            "'{at: \"the town where (?<c>.+)\", head: town, shift: 0, ask: \"Where {c}?\", as: \"{value}\"}'|no kind of thing described",
            "'{at: \"the year after (?<c>.+)\", head: year, shift: one, ask: \"When {c}?\", as: \"in {year}\"}'|no whole number",
            "'{at: \"the year after (?<c>.+)\", head: year, shift: 1, ask: \"When {c}?\", as: \"in {value}\"}'|writes no {year}",
            "'{at: \"the city where (?<c>.+)\", head: place, shift: 0, ask: \"Where {c} {d}?\", as: \"{value}\"}'|writes {d}",
            "'{at: \"the city where (?<c>.+\", head: place, shift: 0, ask: \"Where {c}?\", as: \"{value}\"}'|no regular expression",
    })
    void aBrokenDescriptionIsRefusedNamingItsLexiconLine(String reference, String reason) {
        YamlNode lexicon = YamlNode.parse(Path.of("lexicon/en.yaml"), "references:\n  - " + reference + "\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> DescribedReferences.read(lexicon));
        assertTrue(e.getMessage().contains("lexicon/en.yaml:2") && e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void eachLanguageOfTheShippedLexiconHasDescriptions() {
        for (Lang lang : Lang.values()) {
            YamlNode lexicon = YamlNode.resource("lexicon/" + lang.code() + ".yaml");
            assertTrue(DescribedReferences.read(lexicon).references().size() >= 4, lang.code());
        }
    }

    @Test
    void aLexiconWithoutDescriptionsHasNone() {
        assertEquals(0, DescribedReferences.read(YamlNode.parse(Path.of("lexicon/en.yaml"), "people: [who]\n")).references().size());
    }
}

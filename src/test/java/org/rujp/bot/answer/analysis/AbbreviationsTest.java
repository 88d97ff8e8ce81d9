package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rujp.bot.InvalidFileException;
import org.rujp.bot.yaml.YamlNode;

class AbbreviationsTest {
    @ParameterizedTest
    @ValueSource(strings = {"KPI", "kpis", "LPs", "JV", "CEO", "MoU", "ООО", "млрд", "USD", "JPY", "RUB", "EUR"})
    void commonAbbreviationsAndCurrencyCodesNameNoOne(String word) {
        assertTrue(Abbreviations.standard().common(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JBIC", "APEC", "RDIF", "TASS", "LNG", "XYZ1"})
    void anOrganisationsOrAThingsAbbreviationIsNotCommon(String word) {
        assertFalse(Abbreviations.standard().common(word), word);
    }

    @Test
    void aListedWordInCapitalsIsRefusedWithWhereItStands() {
        InvalidFileException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFileException.class, () ->
                Abbreviations.parse(YamlNode.parse(Path.of("abbreviations.yaml"), "common:\n  - [kpi, USD]\n")));
        assertTrue(e.getMessage().contains("abbreviations.yaml") && e.getMessage().contains("USD"), e.getMessage());
    }
}

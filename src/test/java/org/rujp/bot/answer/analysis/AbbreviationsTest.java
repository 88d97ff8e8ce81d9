package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Quick one for a LinkedIn post: who runs RDIF?|LinkedIn|true",
            "Для поста в Телеграме: когда начался год?|Телеграме|true", "SNS投稿で首脳の言葉を引用したい|SNS|true",
            "Draft caption for Instagram: when did the cross years open?|Instagram|true",
            // a channel asked of, or a name of another kind beside a writing word, is not the writer's channel
            "Did Putin announce the interregional year on Twitter?|Twitter|false",
            "Was the extension first reported on Telegram or by TASS?|Telegram|false", "Who runs RDIF for a post?|RDIF|false"})
    void aChannelWithAWritingWordBesideItIsTheWritersOwn(String question, String word, boolean writers) {
        assertEquals(writers, Abbreviations.standard().writersChannel(question, word, question.indexOf(word)), question);
    }

    @Test
    void aListedWordInCapitalsIsRefusedWithWhereItStands() {
        InvalidFileException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFileException.class, () ->
                Abbreviations.parse(YamlNode.parse(Path.of("abbreviations.yaml"), "common:\n  - [kpi, USD]\n")));
        assertTrue(e.getMessage().contains("abbreviations.yaml") && e.getMessage().contains("USD"), e.getMessage());
    }
}

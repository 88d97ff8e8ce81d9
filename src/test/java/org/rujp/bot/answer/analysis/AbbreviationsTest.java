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

    @ParameterizedTest
    @ValueSource(strings = {"Quick one for a LinkedIn post: who runs RDIF?|LinkedIn", "Для поста в Телеграме: когда начался год?|Телеграме",
            "SNS投稿で首脳の言葉を引用したい|SNS", "Draft caption for Instagram: when did the cross years open?|Instagram"})
    void aChannelWithAWritingWordBesideItIsTheWritersOwn(String questionAndWord) {
        String question = questionAndWord.split("\\|")[0];
        String word = questionAndWord.split("\\|")[1];
        assertTrue(Abbreviations.standard().writersChannel(question, word, question.indexOf(word)), question);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Did Putin announce the interregional year on Twitter?|Twitter",
            "Was the extension first reported on Telegram or by TASS?|Telegram", "Who runs RDIF for a post?|RDIF"})
    void aChannelAskedOfOrAnotherNameIsNot(String questionAndWord) {
        String question = questionAndWord.split("\\|")[0];
        String word = questionAndWord.split("\\|")[1];
        assertFalse(Abbreviations.standard().writersChannel(question, word, question.indexOf(word)), question);
    }

    @Test
    void aListedWordInCapitalsIsRefusedWithWhereItStands() {
        InvalidFileException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFileException.class, () ->
                Abbreviations.parse(YamlNode.parse(Path.of("abbreviations.yaml"), "common:\n  - [kpi, USD]\n")));
        assertTrue(e.getMessage().contains("abbreviations.yaml") && e.getMessage().contains("USD"), e.getMessage());
    }
}

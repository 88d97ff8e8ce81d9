package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;

/** Words of another language in brackets after a word, as {@link Glosses} reads them. */
class GlossesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "JA|日本の白血病（лейкемия）と戦う薬は？|日本の白血病と戦う薬は？",
            "JA|ヒロシゲ・セコ（Hiroshige Seko）とは誰ですか？|ヒロシゲ・セコとは誰ですか？",
            "EN|the joint enterprise (СП) in Podmoskovye|the joint enterprise in Podmoskovye",
            "RU|сколько событий (events) было?|сколько событий было?",
            "RU|план кооперации с Россией (日露協力プラン)?|план кооперации с Россией?",
    })
    void leavesOutAGlossOfAnotherScript(Lang lang, String question, String without) {
        assertEquals(without, Glosses.without(question, lang));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // brackets in the question's own script, and a figure, are part of what it says
            "EN|the Year of Russia in Japan (2018) and its events",
            "EN|the Russian Direct Investment Fund (RDIF)",
            "RU|Российский фонд прямых инвестиций (РФПИ)",
            "JA|物流センター（郵便）の設備",
            // a bracket that opens a message follows no word
            "RU|(Vladivostok) где открыли центр?",
            // a gloss mixing scripts is none
            "EN|the plan (план, プラン)",
    })
    void keepsWhatIsNoGloss(Lang lang, String question) {
        assertEquals(question, Glosses.without(question, lang));
    }

    @Test
    void readsEachGlossInItsOwnLanguage() {
        assertEquals(List.of(new Glosses.Gloss("товарооборот", Lang.RU), new Glosses.Gloss("exchange", Lang.EN)),
                Glosses.of("交易回転（товарооборот）と為替（exchange）は？", Lang.JA));
        assertEquals(List.of(), Glosses.of("Кто такой Сергей Лавров (Сергей Викторович)?", Lang.RU));
    }
}

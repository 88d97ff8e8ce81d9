package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;

class LanguageDetectorTest {
    @ParameterizedTest(name = "\"{0}\" with hint {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "When was the year extended?                  | -  | EN",
            "Когда продлили год обменов?                  | -  | RU",
            "地域交流年はいつ延長されましたか               | -  | JA",
            "What did Путин say in Осака?                 | -  | EN",
            "Кто такой Abe?                               | -  | RU",
            "Что сказал Toshiba CEO?                      | -  | RU",
            "G20サミットはいつ?                            | -  | JA",
            "What does 安倍 mean?                          | -  | EN",
            "プーチンとAbeは何を話しましたか                | -  | JA",
            // an acronym is a name: it casts no vote
            "RDIF ceo 氏名                                 | -  | JA",
            "TASS RIA 誰                                   | -  | JA",
            "What did RDIF say?                           | -  | EN",
            "kogda byl god mezhregionalnykh obmenov       | RU | EN",
            "kogda byl god mezhregionalnykh obmenov       | -  | EN",
            "''                                           | RU | RU",
            "''                                           | -  | EN",
            "2018?                                        | JA | JA",
            "Abe Путин                                    | EN | EN",
            "Abe Путин                                    | -  | RU",
            // a capitalised word may be a name: half a vote
            "Taro Kono кто                                | -  | RU",
            "Орешкин - which ministry                     | -  | EN",
            "Захарова - who is she                        | -  | EN",
    })
    void tellsTheLanguageByScriptThenHint(String text, String hint, Lang expected) {
        assertEquals(expected, LanguageDetector.detect(text, Optional.ofNullable(hint).map(Lang::valueOf)));
    }
}

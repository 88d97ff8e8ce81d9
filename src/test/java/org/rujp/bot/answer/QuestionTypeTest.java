package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;

class QuestionTypeTest {
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Когда продлили Год межрегиональных обменов?                   | RU | WHEN",
            "В каком году Абэ предложил план?                              | RU | WHEN",
            "Сколько мероприятий прошло в России?                          | RU | HOW_MANY",
            "На сколько вырос товарооборот?                                | RU | HOW_MANY",
            "Каков объём японских инвестиций?                              | RU | HOW_MANY",
            "Где встречались Путин и Абэ?                                  | RU | WHERE",
            "В каком городе прошла встреча министров G20?                  | RU | WHERE",
            "Какой японский город является побратимом Петербурга?          | RU | WHERE",
            "Кто выступил на церемонии закрытия?                           | RU | WHO",
            "С какой японской компанией сотрудничает Россия?               | RU | WHO",
            "Какие хоры выступали на закрытии?                             | RU | WHO",
            "Что везде говорили о перекрёстных годах?                      | RU | OTHER",
            "Что никогда не обсуждалось?                                   | RU | OTHER",
            "Какую роль играет кандидатура посла?                          | RU | OTHER",
            "地域交流年はいつ始まりましたか                                  | JA | WHEN",
            "何年に8項目の協力プランが提案されましたか                         | JA | WHEN",
            "何年間延長されましたか                                          | JA | HOW_MANY",
            "2018年に貿易は何％増えましたか                                  | JA | HOW_MANY",
            "何人の患者を受け入れましたか                                    | JA | HOW_MANY",
            "日本の投資家はいくら投資しましたか                               | JA | HOW_MANY",
            "G20の大臣会合はどこで開かれましたか                              | JA | WHERE",
            "誰が協力プランを提案しましたか                                   | JA | WHO",
            "どの企業が設備を供給していますか                                 | JA | WHO",
            "協力プランの目的は何ですか                                      | JA | OTHER",
    })
    void recognisesRussianAndJapaneseQuestionWords(String question, Lang lang, QuestionType expected) {
        assertEquals(expected, QuestionType.of(question, lang));
    }
}

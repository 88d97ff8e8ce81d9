package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;

class AnswerabilityTest {
    @ParameterizedTest(name = "{0}: {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "EN | when did they sign a peace treaty?          | a step towards signing a peace treaty          | true",
            "EN | who signed the treaty?                      | steps towards signing the treaty               | true",
            "EN | what is the activity a step towards?         | a step towards signing a peace treaty          | false",
            "EN | when did they discuss the treaty?           | a step towards signing a peace treaty          | false",
            "EN | when was the plan adopted?                  | a plan aimed at adopting new rules             | true",
            "RU | когда подписали мирный договор?             | шаг к подписанию мирного договора              | true",
            "RU | к чему это шаг?                             | шаг к подписанию мирного договора              | false",
            "RU | когда обсуждали мирный договор?             | шаг к подписанию мирного договора              | false",
            "JA | 日露平和条約はいつ締結されたんですか？          | 平和条約締結に向けた一歩                          | true",
            "JA | 平和条約について何を話し合いましたか？          | 平和条約締結に向けた一歩                          | false",
            "JA | 何に向けた一歩ですか？                         | 平和条約締結に向けた一歩                          | false",
    })
    void anEventNamedOnlyAsAGoalIsNotDone(Lang lang, String question, String fact, boolean refused) {
        assertEquals(refused, Answerability.asksAboutAGoalAsDone(question, lang, fact));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ザハロワ, ザハロア, true",
            "ガルーシカ, ガルーシュカ, true",
            "ラブロフ, ラブロフ, true",
            "ザハロワ, ザハロ, true",
            "ザハロワ, ザハアロア, false",
            "オレシキン, ノスコフ, false",
    })
    void aWordIsWithinOneEditOfAnother(String a, String b, boolean within) {
        assertEquals(within, Answerability.withinOneEdit(a, b));
    }
}

package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.App;
import org.rujp.bot.RealKnowledge;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Lang;

/** An answer speaks the question's language throughout; only the cited articles keep their own titles. */
class AnswerLanguageTest {
    private static final App APP = App.start(SettingsLoader.load(Path.of("absent-config.yaml"), false, Map.of())
            .withKnowledgeDir(RealKnowledge.KNOWLEDGE_DIR).withDataDir(RealKnowledge.DATA_DIR), RealKnowledge.embedder());

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Когда Путин и Абэ договорились провести Год межрегиональных обменов? | RU | июнь 2019 г.",
            "Сколько человек участвовало в обменах в 2020 году, несмотря на пандемию? | RU | почти 400 000 человек",
            "На сколько вырос товарооборот между Россией и Японией в 2018 году?   | RU | 17%",
            "プーチン大統領と安倍首相が地域交流年で合意したのはいつですか           | JA | 2019年6月",
            "2020年の交流行事には何人が参加しましたか                              | JA | 約400,000人",
            "ウラジオストクのリハビリセンターは何人の患者を受け入れましたか           | JA | 約2,500人",
    })
    void isEntirelyInTheQuestionsLanguage(String question, Lang lang, String lead) {
        Answer answer = APP.answerer().answer(new Question(question, Optional.empty(), Optional.empty()));
        Answer.Answered answered = assertInstanceOf(Answer.Answered.class, answer, () -> answer.toString());
        assertEquals(lang, answered.lang());
        assertEquals(lead, answered.lead());
        for (Statement s : answered.statements()) {
            assertEquals(s.fact().text(lang), s.text());
        }
        String text = AnswerText.plain(answered);
        String body = text.substring(0, text.indexOf(Messages.get(lang, "answer.sources") + ":"));
        assertEquals(lang, LanguageDetector.detect(body, Optional.empty()), body);
        assertFalse(text.contains("Sources"), text);
        String first = text.lines().findFirst().orElseThrow();
        assertTrue(first.equals(Messages.get(lang, "answer.lead", AnswerText.capitalize(lead))) // "約400,000人。"
                || first.equals(AnswerText.capitalize(lead)) && lead.endsWith("."), text); // "Июнь 2019 г.", not "г.."
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Какая погода будет завтра?       | RU",
            "明日の天気はどうですか             | JA",
    })
    void refusesAnUnrelatedQuestionInItsLanguage(String question, Lang lang) {
        Answer answer = APP.answerer().answer(Question.of(question));
        Answer.Refused refused = assertInstanceOf(Answer.Refused.class, answer, answer::toString);
        assertEquals(Messages.get(lang, "refusal.text"), refused.message());
        assertTrue(AnswerText.plain(refused).contains(Messages.get(lang, "refusal.suggest")));
    }
}

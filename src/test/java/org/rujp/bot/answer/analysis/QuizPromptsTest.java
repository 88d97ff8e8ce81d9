package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;

class QuizPromptsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|Which of these proposed the plan: A) Putin, B) Abe, C) Seko|Which of these proposed the plan: Putin, Abe or Seko",
            "EN|Who proposed it? (a) Putin (b) Abe|Who proposed it? Putin or Abe",
            "EN|Which city? 1. Osaka 2. Tokyo 3. Kyoto?|Which city? Osaka, Tokyo or Kyoto?",
            "RU|Кто предложил план: А) Путин, Б) Абэ, В) Сэко|Кто предложил план: Путин, Абэ или Сэко",
            "JA|提案したのは誰か：A プーチン B 安倍 C 世耕|提案したのは誰か：プーチン、安倍、世耕のどれ",
            "JA|どの都市か ①大阪 ②東京|どの都市か 大阪、東京のどれ",
            // a lone "a" or "в" is an article or a preposition, not the first of a list of options
            "EN|Did Abe propose a plan in 2016?|Did Abe propose a plan in 2016?",
            "RU|Что было в 2018 году, а что в 2019?|Что было в 2018 году, а что в 2019?",
            // a mark with no option after it leaves the text as it is
            "EN|Option A) or B)?|Option A) or B)?",
    })
    void optionsBecomeAChoice(Lang lang, String prompt, String question) {
        assertEquals(question, QuizPrompts.asQuestion(prompt, lang));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|Abe's plan has ___ points|Abe's plan has how many points",
            "EN|The plan was proposed by ___.|The plan was proposed by what.",
            "RU|План Абэ состоит из ___ пунктов|План Абэ состоит из сколько пунктов",
            "JA|協力プランは___項目からなる|協力プランは何項目からなる",
            // an ellipsis is no blank: chat trails off with it
            "EN|so... who proposed the plan?|so... who proposed the plan?",
    })
    void aBlankBecomesTheQuestionWord(Lang lang, String prompt, String question) {
        assertEquals(question, QuizPrompts.asQuestion(prompt, lang));
    }
}

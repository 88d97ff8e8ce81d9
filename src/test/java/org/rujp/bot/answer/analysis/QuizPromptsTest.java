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
            // before a month the blank is the day
            "EN|Putin and Abe met in Vladivostok on ___ September 2017|Putin and Abe met in Vladivostok on which day of September 2017",
            "RU|Путин и Абэ встретились ___ сентября 2017 года|Путин и Абэ встретились какого числа сентября 2017 года",
            // an ellipsis is no blank: chat trails off with it
            "EN|so... who proposed the plan?|so... who proposed the plan?",
    })
    void aBlankBecomesTheQuestionWord(Lang lang, String prompt, String question) {
        assertEquals(question, QuizPrompts.asQuestion(prompt, lang));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|Bonus: name the Russian twin city of Osaka|name the Russian twin city of Osaka",
            "EN|Question 4: which agency did Russkiy Mir cite?|which agency did Russkiy Mir cite?",
            "EN|For an extra point: where was the meeting?|where was the meeting?",
            "EN|Part b) how many points does the plan have?|how many points does the plan have?",
            "RU|Доп. вопрос: кто предложил план?|кто предложил план?",
            // an English label before a prompt in another language
            "JA|Name the person: 東京でオレシキンと会談した日本の大臣は誰|東京でオレシキンと会談した日本の大臣は誰",
            "JA|True or false: 日露関係は冷え込んでいる|正誤：日露関係は冷え込んでいる",
            "RU|Name the city: где встречались Лавров и Коно?|где встречались Лавров и Коно?",
            "JA|○×問題：世耕大臣はロシアに感謝した|正誤：世耕大臣はロシアに感謝した",
            "RU|Вопрос №2 — где встретились лидеры?|где встретились лидеры?",
            "JA|ボーナス問題：大阪の姉妹都市は？|大阪の姉妹都市は？",
            "JA|第3問 大阪の姉妹都市は？|大阪の姉妹都市は？",
            // no prompt after it, or words that are no label: the text as it is
            "EN|Bonus:|Bonus:",
            "EN|Next year's events: how many?|Next year's events: how many?",
            "EN|Trade in 2018: how much did it grow?|Trade in 2018: how much did it grow?",
    })
    void aQuizLabelIsNoPartOfTheQuestion(Lang lang, String prompt, String question) {
        assertEquals(question, QuizPrompts.asQuestion(prompt, lang));
    }
}

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

    private static final Answerability OF_THE_KNOWLEDGE = new Answerability(
            org.rujp.bot.knowledge.KnowledgeLoader.load(java.nio.file.Path.of("knowledge")),
            new LeadExtractor(org.rujp.bot.knowledge.KnowledgeLoader.load(java.nio.file.Path.of("knowledge"))));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a name one letter off, inside the word
            "EN|oreshkn seko meeting date|oreshkin seko meeting date",
            // the input method's other kanji of the same reading; a katakana name one sound off
            "JA|安部 8項目 提案 年|安倍 8項目 提案 年",
            "JA|ガルーシュカ 投資|ガルーシカ 投資",
            // common words one letter off a name's word, and a name's own case form, stay as written
            "EN|When did relations between Russia and Japan enter a new stage?|When did relations between Russia and Japan enter a new stage?",
            "EN|who is the right person to cite?|who is the right person to cite?",
            "EN|How many points does the plan have?|How many points does the plan have?",
            "RU|по словам министра Носкова|по словам министра Носкова",
            // Russian is not respelled by letters: a word one letter off another is as often another case of another word
            "RU|захарва заявление|захарва заявление",
            // a name as a listener or a speech recogniser hears it: the same sounds, spelt otherwise
            "EN|when did seiko visit moscow|when did seko visit moscow",
            "EN|who is sergei lavroff|who is sergei lavrov",
            "EN|who met kohno|who met kono",
            "EN|what did pootin say|what did putin say",
            // a possessive typed without its apostrophe
            "EN|whats osakas sister city|whats osaka's sister city",
            "RU|кто такой лавроф|кто такой лавров",
            "RU|максим арешкин это кто|максим орешкин это кто",
            "RU|когда сейко был в москве|когда сэко был в москве",
            // in Japanese: a reading the same but for a long vowel, a katakana name so, a name in hiragana before a title
            "JA|瀬古大臣と会ったのは誰|世耕大臣と会ったのは誰",
            "JA|ルスキーミール財団|ルースキー・ミール財団",
            "JA|ラブロス外相|ラブロフ外相",
            "JA|おれしきん大臣は何と言ったの|オレシキン大臣は何と言ったの",
            "JA|せこうさんは誰と会ったの|世耕さんは誰と会ったの",
            // a Russian "-ova" heard as バ, in hiragana or katakana: ザハロワ
            "JA|ざはろばって人誰なの|ザハロワって人誰なの",
            "JA|のすこふさんの話|ノスコフさんの話",
            // hiragana words that sound like no name, or are too short to tell, stay
            "JA|このプランはなに|このプランはなに",
            "JA|これはなんですか|これはなんですか",
            // a name as a Japanese speaker says and spells it: l as r, v as b, "chi" for "ti", a final "u" after a consonant
            "EN|When did Puchin and Abe meet?|When did Putin and Abe meet?",
            "EN|talks of Rabrov and Kono|talks of Lavrov and Kono",
            "EN|what did Rabrofu say|what did Lavrov say",
            // and typed a little wrong as well: one slip from the name's sound, six letters or more
            "EN|When did Purchin meet Abe?|When did Putin meet Abe?",
            "RU|когда Рабров был в Токио|когда Лавров был в Токио",
            "JA|プティンによると|プーチンによると",
            "JA|プティンさんの故郷|プーチンさんの故郷",
            "JA|セコさんは何が大事と言った|セコウさんは何が大事と言った",
            // two katakana are a name only before a title: "プラン" cut short, "セコ" alone, stay
            "JA|セコが好き|セコが好き",
            // English words one Japanese sound off a name stay: "rabbit" is no name
            "EN|a rabbit in the garden|a rabbit in the garden",
            // a name near none of the knowledge's
            "JA|ナワリヌイ 発言|ナワリヌイ 発言",
            "EN|who is navalny|who is navalny",
    })
    void aMistypedNameIsWrittenAsTheKnowledgeWritesIt(Lang lang, String question, String respelled) {
        assertEquals(respelled, OF_THE_KNOWLEDGE.withNamesRespelled(question, lang));
    }
}

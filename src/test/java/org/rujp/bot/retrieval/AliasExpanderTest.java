package org.rujp.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.RealKnowledge;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Lang;

class AliasExpanderTest {
    private static final AliasExpander ALIASES = new AliasExpander(RealKnowledge.knowledge());

    private static List<String> ids(String text) {
        return ALIASES.expand(text).entities().stream().map(Entity::id).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a name in a script the language does not write names in is put as the language names it
            "en|In which city did 安倍晋三 hold talks with Putin?|In which city did Shinzo Abe hold talks with Putin?",
            "en|What did Лавров say in Moscow?|What did Sergey Lavrov say in Moscow?",
            "ja|2018年春に Лавров 外相と会う予定だったのは？|2018年春に セルゲイ・ラブロフ 外相と会う予定だったのは？",
            // Latin names stay in Russian and Japanese, Cyrillic ones in Russian
            "ru|Что Seko сказал про G20 и Путина?|Что Seko сказал про G20 и Путина?",
            "ja|G20大阪サミットでの会談は？|G20大阪サミットでの会談は？",
    })
    void putsNamesOfAnotherScriptAsTheLanguageNamesThem(String lang, String text, String expected) {
        assertEquals(expected, ALIASES.inLanguage(text, Lang.fromCode(lang).orElseThrow()));
    }

    @Nested
    class FindsEntities {
        @ParameterizedTest(name = "{0} names {1}")
        @CsvSource(delimiter = '|', value = {
                "Какой японский город является побратимом Питера? | st-petersburg",
                "Что Путин сказал в Питере?                       | putin st-petersburg",
                "Когда Абэ приезжал?                              | abe",
                "Когда Абе приезжал?                              | abe",
                "安倍首相はいつ訪露しましたか                        | abe",
                "What did Abe propose?                            | abe",
                "Which city is twinned with Leningrad?            | st-petersburg",
                "Что говорил Лавров?                              | lavrov",
                "Что говорил Сергей Лавров в Москве?              | lavrov moscow",
                "Что такое Перекрестные годы?                     | cross-years",
                "Где находится реабилитационный центр?            | ",
                "ウラジオストクで何がありましたか                      | vladivostok",
                "What happened in the Moscow Region?              | moscow-region",
                "Что сообщило РИА Новости?                        | ria-novosti",
                // a surname in -ов with a case ending: the stemmer cuts "Носков" and "Носковым" differently
                "Кто встречался с Носковым?                       | noskov",
                "Что сказал Орешкину Сэко?                        | oreshkin seko",
                // a case the stemmer cuts a vowel shorter ("Кореи": "кор", "Корея": "коре"), and no word that is
                // only a consonant away ("конце" is no "Коно")
                "Партнёры из Японии и Южной Кореи                 | japan south-korea",
                "Лавров вёл переговоры в конце ноября             | lavrov",
                // a name in Latin or Cyrillic inside Japanese ends where the Japanese begins
                "Maxim Oreshkinの出身大学ってどこ？               | oreshkin",
                "Максим Орешкин大臣の出身大学ってどこ？           | oreshkin",
                "2018年春に Лавров 外相と会う予定だったのは？      | lavrov",
        })
        void inAnyScriptAndInflection(String question, String expected) {
            List<String> want = expected == null ? List.of() : List.of(expected.split(" "));
            assertEquals(want, ids(question));
        }

        @Test
        void preferTheLongestOfOverlappingNames() {
            assertEquals(List.of("g20-osaka-2019"), ids("What happened at the G20 Osaka summit?"));
        }
    }

    @Nested
    class DoesNotOverreach {
        @Test
        void shortAcronymsMatchOnlyInCapitals() {
            assertFalse(ids("Что сказал мэр города?").contains("russian-economic-development-ministry"));
            assertTrue(ids("Что сообщил МЭР?").contains("russian-economic-development-ministry"));
        }

        @Test
        void katakanaNamesDoNotMatchInsideLongerKatakanaWords() {
            assertFalse(ids("このタスクは何ですか").contains("tass"));
            assertTrue(ids("タスが報じた").contains("tass"));
        }

        @Test
        void latinNamesMatchWholeWordsOnly() {
            assertFalse(ids("Tell me about the abbey").contains("abe"));
            assertFalse(ids("Russian relations").contains("russia"));
        }
    }

    @Nested
    class Expands {
        @Test
        void aCyrillicNameToItsLatinAndJapaneseNames() {
            AliasExpander.Expansion expansion = ALIASES.expand("Когда Абэ предложил план?");
            assertTrue(expansion.names(Lang.EN).contains("Shinzo Abe"));
            assertTrue(expansion.names(Lang.JA).contains("安倍"));
        }

        @Test
        void anEnglishDenseQueryWithTheEnglishNamesItLacks() {
            String english = "What did Vladimir Putin say?";
            assertEquals(english, ALIASES.expand(english).denseText(english, Lang.EN));
            String shortName = "What did Abe propose?";
            assertEquals(shortName + " (Shinzo Abe)", ALIASES.expand(shortName).denseText(shortName, Lang.EN));
        }

        @Test
        void aRussianOrJapaneseDenseQueryIsTheEnglishNamesAlone() {
            String russian = "Что было в Питере, когда туда приезжал Абэ?";
            assertEquals("Saint Petersburg, Shinzo Abe", ALIASES.expand(russian).denseText(russian, Lang.RU));
            String japanese = "安倍首相は何を提案しましたか？";
            assertEquals("Shinzo Abe", ALIASES.expand(japanese).denseText(japanese, Lang.JA));
        }

        @Test
        void aRussianQuestionNamingNothingIsSentAsItIs() {
            String russian = "Какая завтра будет погода?";
            assertEquals(russian, ALIASES.expand(russian).denseText(russian, Lang.RU));
        }

        @Test
        void nothingWhenNoEntityIsNamed() {
            AliasExpander.Expansion expansion = ALIASES.expand("What will the weather be like tomorrow?");
            assertTrue(expansion.isEmpty());
            assertEquals("What will the weather be like tomorrow?", expansion.denseText("What will the weather be like tomorrow?", Lang.EN));
        }
    }
}

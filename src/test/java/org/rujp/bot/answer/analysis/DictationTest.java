package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;

/** Dictated questions read as they would be typed: {@link LexiconRules#asWritten} and {@link SpokenNumbers}. */
class DictationTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|when did they meet in twenty seventeen|when did they meet in 2017",
            "EN|what happened in two thousand and sixteen|what happened in 2016",
            "EN|what about nineteen ninety-eight|what about 1998",
            "EN|the year twenty twenty one|the year 2021",
            "EN|how many people almost four hundred thousand|how many people almost 400,000",
            "EN|who proposed the eight point plan|who proposed the 8-point plan",
            "EN|were there one hundred thirty projects|were there 130 projects",
            "EN|did trade grow by seventeen percent|did trade grow by 17 percent",
            "EN|investments of one point five billion dollars|investments of 1.5 billion dollars",
            "EN|three million yen|3 million yen",
            "EN|they met on june tenth|they met on june 10",
            "EN|the tenth of june|the 10 of june",
            "EN|twenty five events|25 events",
            "EN|where was the g twenty summit|where was the G20 summit",
            "RU|встреча министров джи двадцать в японии|встреча министров G20 в японии",
            "EN|a twenty percent rise|a 20 percent rise",
            // a round number said with "a" before what it counts, or one said alone in Russian, is one of it
            "EN|something like a thousand events|something like 1000 events",
            "EN|about a million people|about 1000000 people",
            "RU|больше тысячи мероприятий|больше 1000 мероприятий",
            "RU|тысяча участников|1000 участников",
            // loosely, before "of", many of it, or a scale after digits: a word
            "EN|a thousand of them|a thousand of them",
            "EN|a hundred and one reasons|a hundred and one reasons",
            "RU|тысячи людей|тысячи людей",
            "RU|1,5 миллиона человек|1,5 миллиона человек",
            // a word that is a number only sometimes stays a word
            "EN|which one did he propose|which one did he propose",
            "EN|the first meeting in the second half|the first meeting in the second half",
            "EN|a point of view|a point of view",
            "EN|which of the two leaders|which of the two leaders",
            "RU|дипломаты двух стран|дипломаты двух стран",
            "RU|встреча «Группы двадцати»|встреча «Группы двадцати»",
            "RU|министры группы двадцати|министры группы двадцати",
            "RU|в две тысячи семнадцатом году|в 2017 году",
            "RU|в две тысячи восемнадцатом|в 2018",
            "RU|в двадцатом году|в 2020 году",
            "RU|десятого июня|10 июня",
            "RU|план из восьми пунктов|план из 8 пунктов",
            "RU|около четырёхсот тысяч человек|около 400 000 человек",
            "RU|из ста тридцати проектов|из 130 проектов",
            "RU|на семнадцать процентов|на 17 процентов",
            "RU|один из министров|один из министров",
            "RU|первый вице-премьер|первый вице-премьер",
            "RU|на втором месте|на втором месте",
            "JA|二千十七年十一月に|2017年11月に",
            "JA|八項目の協力プラン|8項目の協力プラン",
            "JA|四十万人が参加|40万人が参加",
            // numerals said in kana, with a counter after them; one sound alone is as often a particle or a word
            "JA|にせんじゅうはちねんの春|2018年の春",
            "JA|こうのさんがにせんじゅうはちねんの春に|こうのさんが2018年の春に",
            "JA|じゅうこうもくの協力プラン|10項目の協力プラン",
            "JA|ひゃくさんじゅうけんのプロジェクト|130件のプロジェクト",
            "JA|さんにんで会った|さんにんで会った",
            "JA|にほんとロシア|にほんとロシア",
            "JA|百三十件のうち|130件のうち",
            "JA|二十一のプロジェクト|21のプロジェクト",
            // one numeral before の is a word, and a numeral inside a word stays: "唯一の", "第一の"
            "JA|唯一の計画|唯一の計画",
            "JA|第一の会合|第一の会合",
            "JA|二〇一八年の貿易|2018年の貿易",
            // a numeral with no counter after it, or inside a word, is no number
            "JA|統一された計画|統一された計画",
            "JA|十分な成果|十分な成果",
            "JA|第三回の会合|第三回の会合",
    })
    void numbersSaidInWordsAreWrittenInDigits(Lang lang, String said, String written) {
        assertEquals(written, SpokenNumbers.inDigits(said, lang));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "河野太郎って だれ|河野太郎って誰",
            "ラブロフさんの しごとは なに|ラブロフさんの 仕事は何",
            "閉幕コンサートでは だれが うたう|閉幕コンサートでは だれが 歌う",
            "地域交流年は なんねんに延長されたの|地域交流年は 何年に延長されたの",
            "2018ねんの 貿易は なんパーセント 増えた|2018年の 貿易は 何パーセント 増えた",
            // "なんの会" asks which body as the lexicon reads it; a kana word of two sounds may be any of several
            "会議ってなんの会|会議ってなんの会",
            "だれと あったの|だれと あったの",
    })
    void japaneseLeftInKanaIsWrittenAsTheLexiconWritesIt(String said, String written) {
        assertEquals(written, LexiconRules.of(Lang.JA).asWritten(said));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|um so when did lavrov and kono meet|when did lavrov and kono meet",
            "EN|well who is oreshkin|who is oreshkin",
            "EN|what was the uh eight point plan about|what was the 8-point plan about",
            "EN|how many people you know took part|how many people took part",
            "RU|ну кто такой орешкин|кто такой орешкин",
            "RU|это самое на сколько вырос товарооборот|на сколько вырос товарооборот",
            "RU|слушай а где встречались министры|а где встречались министры",
            "JA|えっと 外相会談はどこで|外相会談はどこで",
            "JA|えっと外相会談はどこで|外相会談はどこで",
            "JA|あのー 八項目のプランって何|8項目のプランって何",
            "JA|まあ オレシキンって誰|オレシキンって誰",
            // "あの" joined to a noun is "that", and stays
            "JA|あの会談はどこで|あの会談はどこで",
            // words that only open a turn go at its start, not inside it
            "EN|what does the plan look like|what does the plan look like",
            "EN|so who proposed it|who proposed it",
    })
    void hesitationsGo(Lang lang, String said, String written) {
        assertEquals(written, LexiconRules.of(lang).asWritten(said));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|did they meet in march no I mean april|did they meet in april",
            "EN|did they meet in march no I mean in april|did they meet in april",
            "EN|when did lavrov no sorry seko visit tokyo|when did seko visit tokyo",
            "EN|where is the rehab centre or rather the wind farm|where is the wind farm",
            "EN|what happened in twenty seventeen no eighteen|what happened in 2018",
            "EN|in march no in april|in april",
            // "no" alone takes nothing back between words that are not alike, nor "sorry" before a reason
            "EN|is there no data on the weather|is there no data on the weather",
            "EN|who is lavrov sorry for asking|who is lavrov sorry for asking",
            "EN|sorry who proposed the plan|who proposed the plan",
            "RU|когда начались годы в марте нет в апреле|когда начались годы в апреле",
            "RU|когда лавров ой сэко приезжал в токио|когда сэко приезжал в токио",
            "RU|где встретились министры в москве вернее в токио|где встретились министры в токио",
            "RU|это было или нет|это было или нет",
            "JA|外相会談は三月 じゃなくて 十一月にどこで|外相会談は11月にどこで",
            "JA|外相会談は三月じゃなくて十一月にどこで|外相会談は11月にどこで",
            "JA|モスクワで いや 東京で会ったのは誰|東京で会ったのは誰",
            // a verb in the past tense takes back another ("sorry" and "извините" alone only between words alike)
            "EN|who signed sorry proposed the plan|who proposed the plan",
            "RU|а кто об этом подписал, извините, объявил?|а кто об этом объявил?",
            // a question word after a preposition asks anew from the one before (a dash after the correction goes too)
            "RU|обсуждали это на каком заседании, ой, не так — в какой день?|обсуждали это в какой день?",
            "EN|at which meeting, no sorry, on which day was it discussed|on which day was it discussed",
            // unpunctuated, a question begun and then said again whole after the correction
            "EN|what day did the who met in vladivostok no i mean when did putin and abe meet in vladivostok|when did putin and abe meet in vladivostok",
    })
    void aSelfCorrectionReplacesWhatItTakesBack(Lang lang, String said, String written) {
        assertEquals(written, LexiconRules.of(lang).asWritten(said));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|When is Lavrov-san and Kono-san meeting?|When is Lavrov and Kono meeting?",
            "RU|Что сказал Абэ-сан?|Что сказал Абэ?",
            // a word that only ends as an honorific does
            "EN|who met in San Francisco|who met in San Francisco",
            "EN|what did the Kuril islands get|what did the Kuril islands get",
    })
    void anHonorificJoinedToANameIsDropped(Lang lang, String question, String respelled) {
        assertEquals(respelled, LexiconRules.of(lang).respell(question));
    }
}

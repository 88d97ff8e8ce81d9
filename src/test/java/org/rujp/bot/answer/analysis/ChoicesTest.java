package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Lang;

class ChoicesTest {
    /** A few names of the knowledge, enough to tell a choice of names from Japanese words around か. */
    private static final Function<String, Optional<Entity.Kind>> KINDS = option -> switch (option) {
        case "プーチン", "プーチン大統領", "安倍首相", "世耕", "Putin", "Abe" -> Optional.of(Entity.Kind.PERSON);
        case "東京", "大阪", "モスクワ" -> Optional.of(Entity.Kind.PLACE);
        case "the Osaka summit", "про саммит в Осаке" -> Optional.of(Entity.Kind.EVENT);
        case "the G20 ministerial meeting in Tsukuba", "про министерскую встречу G20 в Цукубе" -> Optional.of(Entity.Kind.PLACE);
        default -> Optional.empty();
    };

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|In what month did the exchanges year open: March, January or June?|In what month did the exchanges year open?|March;January;June",
            "EN|So where were the leukaemia drugs to be made - Tula, Yaroslavl or Kazan?|So where were the leukaemia drugs to be made?|Tula;Yaroslavl;Kazan",
            "EN|Who announced the regional year, Sergey or Shinzo?|Who announced the regional year?|Sergey;Shinzo",
            // names the knowledge knows, of one kind, stay in the question, which reads them as a choice
            "EN|Who announced the regional year, Putin or Abe?|Who announced the regional year, Putin or Abe?|Putin;Abe",
            "EN|Did the foreign ministers meet in Moscow or in Tokyo?|Did the foreign ministers meet?|in Moscow;in Tokyo",
            "EN|Did the foreign ministers meet in Moscow or over in Tokyo?|Did the foreign ministers meet?|in Moscow;in Tokyo",
            "EN|Pick the odd one out: energy, tourism, shipbuilding. Which is not in the plan?|Pick the odd one out. Which is not in the plan?|energy;tourism;shipbuilding",
            "RU|Насколько продлили Год обменов: на год или на три года?|Насколько продлили Год обменов?|на год;на три года",
            "RU|Где открыли реабилитационный центр — в Хабаровске, во Владивостоке или в Омске?|Где открыли реабилитационный центр?|в Хабаровске;во Владивостоке;в Омске",
            // a tag question after the options asks nothing of its own
            "EN|Her next round of talks: February 2018 or March 2018, which was it?|Her next round of talks?|February 2018;March 2018",
            "RU|Встреча была в Москве или в Токио, как правильно?|Встреча была?|в Москве;в Токио",
            // numbers written as words
            "EN|Was the interregional year extended by one year or by two, which was it?|Was the interregional year extended?|by one year;by two",
            // months and seasons in lower case; a short aside after the options is none of them
            "RU|Год обменов стартовал в январе или летом, сразу после саммита?|Год обменов стартовал?|в январе;летом",
            // what is counted, said once after the second number, is of both
            "RU|Путин говорил о программе более чем из 600 или из 700 мероприятий?|Путин говорил о программе более чем мероприятий?|из 600;из 700",
            // two joined by と before the question word asking which: the word asks what they are
            "JA|次のラウンドは2月と3月、どちらに予定されていましたか？|次のラウンドは何月に予定されていましたか？|2月;3月",
            // a number against the one said before the words of what it counts
            "RU|Путин говорил о более чем 700 мероприятиях Перекрёстных годов или о 600?|Путин говорил о более чем мероприятиях Перекрёстных годов?|700;о 600",
            "EN|Were there 150 projects held online or 250?|Were there projects held online?|150;250",
            "JA|協力プランを出したのはプーチンか安倍首相か|協力プランを出したのは誰？|プーチン;安倍首相",
            "JA|外相会談は東京だった？モスクワだった？|外相会談はどこ？|東京;モスクワ",
            "JA|交流年が決まったのは次のうちどれ？大阪、東京、札幌|交流年が決まったのは次のうちどれ？|大阪;東京;札幌",
            "JA|どっちが先？ 大阪での合意と 東京での会談|どっちが先？|大阪での合意;東京での会談",
            "JA|経済協力プランって8項目だっけ、9項目だっけ？|経済協力プランって何？|8項目;9項目",
            "JA|外相会談は東京だっけ、モスクワだっけ？|外相会談はどこ？|東京;モスクワ",
            // two events told with clauses of their own, on either side of the one "or"
            "RU|Что было раньше: встреча во Владивостоке, после которой выбрали пять направлений, или переговоры в Москве, где договорились о рабочих группах?|Что было раньше?|встреча во Владивостоке, после которой выбрали пять направлений;переговоры в Москве, где договорились о рабочих группах",
            "JA|つくばでの貿易とデジタル経済の大臣会合と、大阪での首脳会談、どっちが先？|どっちが先？|つくばでの貿易とデジタル経済の大臣会合;大阪での首脳会談",
            "JA|8項目プランと大阪での合意、どちらが先？|どちらが先？|8項目プラン;大阪での合意",
            "JA|プーチンと安倍の会談と東京での閣僚会合、どっちが先？|どっちが先？|プーチンと安倍の会談;東京での閣僚会合",
            // two phrases the knowledge knows, opening with the same word, on either side of the "or" ending the question
            "EN|Seko thanked Russia for its participation: was that about the Osaka summit or the G20 ministerial meeting in Tsukuba?|Seko thanked Russia for its participation: was that about?|the Osaka summit;the G20 ministerial meeting in Tsukuba",
            "RU|Это он про саммит в Осаке или про министерскую встречу G20 в Цукубе?|Это он?|про саммит в Осаке;про министерскую встречу G20 в Цукубе",
    })
    void theOptionsComeOffTheQuestion(Lang lang, String question, String stem, String options) {
        Choices choices = Choices.in(question, lang, KINDS).orElseThrow();
        assertEquals(stem, choices.stem());
        assertEquals(List.of(options.split(";")), choices.options());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // an "or" that asks something else, or offers nothing to choose
            "EN|Who proposed the plan, and when or where?",
            "EN|Did Putin or Abe propose the plan?",
            "EN|Was the year extended or not?",
            "EN|Quick one: did Putin or Abe announce the year?",
            "EN|Tell me two things: who proposed it and when?",
            "RU|Продлили Год обменов или нет?",
            "RU|Кто предложил план и когда?",
            // commas inside brackets list nothing
            "RU|Перекрёстные годы — число мероприятий в программе, по словам Путина (для таблицы, с пометкой источника)?",
            // parallel phrases of which one names nothing the knowledge knows
            "EN|Was that about the Osaka summit or the weather in Tokyo?",
            // Japanese か and the question's own words are no options
            "JA|プーチン大統領はいつ大阪に来ましたか",
            "JA|地域交流年をどこで決めたのか教えていただけますか。",
            "JA|白血病の薬の生産、ロシアのどこで始まる予定？",
            "JA|世耕大臣の後任は誰か確認できますか",
    })
    void aQuestionWithoutOptionsOffersNone(Lang lang, String question) {
        assertEquals(Optional.empty(), Choices.in(question, lang, KINDS));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|Which of these is not a field of the plan: energy, tourism, space?|true|false",
            "EN|Odd one out: aquaculture, tourism, mining.|true|false",
            "RU|Что лишнее: туризм, энергетика, космос?|true|false",
            "JA|次のうちプランに含まれないのはどれ？ 観光、宇宙、エネルギー|true|false",
            "EN|Which came first: the Osaka summit or the Tsukuba meeting?|false|true",
            "EN|Which came first, the Osaka summit or the Tsukuba meeting?|false|true",
            "RU|Что было раньше: встреча в Осаке или встреча в Цукубе?|false|true",
            "EN|Which city hosted the summit: Osaka or Tokyo?|false|false",
    })
    void aChoiceMayAskWhichIsNotOrWhichCameFirst(Lang lang, String question, boolean negative, boolean earliest) {
        Choices choices = Choices.in(question, lang, KINDS).orElseThrow();
        assertEquals(negative, choices.negative());
        assertEquals(earliest, choices.earliest());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "交流年が決まったのは次のうちどれ 大阪 東京 札幌|交流年が決まったのは次のうちどれ 大阪、東京、札幌",
            "仲間はずれはどれ？ 養殖 観光 石油採掘|仲間はずれはどれ？ 養殖、観光、石油採掘",
            // a clause before the options tells what they are of, and stays with the question
            "仲間はずれはどれ？ 南クリルで有望とされた分野 養殖 観光 石油採掘|南クリルで有望とされた分野 仲間はずれはどれ？ 養殖、観光、石油採掘",
            // spaces between the words of a clause are no list of options
            "ロシア と 日本 は どこ で きめました か|ロシア と 日本 は どこ で きめました か",
            // options with spaces after the question, before the word asking which of them
            "記事はどこの通信社の報道を引いていた？ タス RIAノーボスチ スプートニク のどれ|記事はどこの通信社の報道を引いていた？ タス、RIAノーボスチ、スプートニクのどれ",
    })
    void japaneseOptionsAfterTheQuestionWordAreMarked(String question, String marked) {
        assertEquals(marked, Choices.markedJapanese(question));
        assertTrue(marked.equals(question) || Choices.in(marked, Lang.JA, KINDS).isPresent());
    }
}

package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.AliasExpander;
import org.rujp.bot.yaml.YamlNode;

/** Times given by another event, against the shipped knowledge's dated events and the lexicons' phrases. */
class TimeAnchorsTest {
    static TimeAnchors anchors;

    @BeforeAll
    static void load() {
        anchors = new TimeAnchors(new AliasExpander(KnowledgeLoader.load(Path.of("knowledge"))));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the year of an event, the year before or after it, years before or after it
            "EN|How much did trade grow in the year before the Osaka G20?|How much did trade grow in 2018?",
            "EN|What happened in the year of the G20 summit in Osaka?|What happened in 2019?",
            "EN|Who met in the year after the Cross Years?|Who met in 2019?",
            "EN|How did they look back, a year after the cross years had wrapped up?|How did they look back, in 2020?",
            "EN|Was it two years after Abe's eight-point plan was put forward?|Was it in 2018?",
            "EN|Whom did Oreshkin meet a couple of weeks before the Osaka summit?|Whom did Oreshkin meet in 2019?",
            "RU|На сколько вырос товарооборот в тот год, когда открылись Год России в Японии и Год Японии в России?"
                    + "|На сколько вырос товарооборот в 2018 году?",
            "RU|Что было за год до саммита G20 в Осаке?|Что было в 2018 году?",
            "RU|С кем он встречался незадолго до саммита G20 в Осаке?|С кем он встречался в 2019 году?",
            "JA|G20大阪サミットの前の年、貿易は何パーセント伸びた？|2018年、貿易は何パーセント伸びた？",
            "JA|8項目プランが提案された翌年、首脳はどこで会った？|2017年、首脳はどこで会った？",
            "JA|大阪でG20サミットが開かれた年、誰と会談した？|2019年、誰と会談した？",
            // the event asked about itself, a time no fact dates, an event the knowledge does not date: as written
            "EN|When was the G20 summit in Osaka?|When was the G20 summit in Osaka?",
            "EN|What did Seko say before the Osaka summit?|What did Seko say before the Osaka summit?",
            "EN|In the year the pandemic started, how many people came?|In the year the pandemic started, how many people came?",
            "EN|What happened in the year of the interregional exchanges?|What happened in the year of the interregional exchanges?",
            "JA|G20大阪サミットは何年でしたか？|G20大阪サミットは何年でしたか？",
            "JA|G20大阪サミットが開かれたのは何年？|G20大阪サミットが開かれたのは何年？",
            // the year asked for, not a time: the object of a verb, a topic
            "EN|State the year the Russia-Japan cross years began|State the year the Russia-Japan cross years began",
            "EN|Give me the year before the Osaka summit's figure|Give me the year before the Osaka summit's figure",
            "RU|Назовите год проведения саммита G20 в Осаке|Назовите год проведения саммита G20 в Осаке",
            "JA|G20大阪サミットの前年は何年？|G20大阪サミットの前年は何年？",
            "JA|日露交流年が始まった年を教えて|日露交流年が始まった年を教えて",
            // a season of it
            "EN|Who was to travel to Japan in the spring of the cross year?|Who was to travel to Japan in spring 2018?",
            "JA|日露交流年の春に来日する予定だったのは？|2018年春に来日する予定だったのは？",
    })
    void aTimeGivenByAnEventTheKnowledgeDatesIsItsYear(Lang lang, String question, String dated) {
        assertEquals(dated, anchors.dated(question, lang));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // by the clock: today is in 2026
            "EN|What events are planned for next year?|What events are planned in 2027?",
            "EN|Any sister-city events in the coming year?|Any sister-city events in 2027?",
            "EN|What is next year's programme?|What is 2027's programme?",
            "EN|How many projects are planned for the current year?|How many projects are planned in 2026?",
            "RU|Какие мероприятия пройдут в следующем году?|Какие мероприятия пройдут в 2027 году?",
            "RU|Планы на будущий год?|Планы на 2027 год?",
            "RU|Сколько проектов намечено в текущем году?|Сколько проектов намечено в 2026 году?",
            "JA|来年のイベントはいつありますか？|2027年のイベントはいつありますか？",
            "JA|再来年まで続きますか？|2028年まで続きますか？",
            "JA|今年の交流事業は？|2026年の交流事業は？",
            // another edition, a year after an event, a demonstrative, a statement quoted: as written
            "EN|When does the next year of exchanges begin?|When does the next year of exchanges begin?",
            "EN|What happened in the next year after the Osaka talks?|What happened in the next year after the Osaka talks?",
            "EN|How many projects were held this year of exchanges?|How many projects were held this year of exchanges?",
            "RU|Что сделала японская сторона в рамках этого года?|Что сделала японская сторона в рамках этого года?",
            "JA|「今年は日露関係にとって特別な年になる」と語ったのは誰？|「今年は日露関係にとって特別な年になる」と語ったのは誰？",
            "RU|Кто сказал: «в следующем году встретимся в Японии»?|Кто сказал: «в следующем году встретимся в Японии»?",
    })
    void aYearGivenFromTodayIsThatYearByTheClock(Lang lang, String question, String dated) {
        TimeAnchors in2026 = new TimeAnchors(new AliasExpander(KnowledgeLoader.load(Path.of("knowledge"))),
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T10:00:00Z"), java.time.ZoneOffset.UTC));
        assertEquals(dated, in2026.dated(question, lang));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // an event of the world the articles do not tell of, by which a time is remembered: its year
            "EN|The year Russia hosted the World Cup, by how much did trade go up?|in 2018, by how much did trade go up?",
            "EN|Around the time of the World Cup in Russia, who was to meet?|in 2018, who was to meet?",
            "EN|In the World Cup year, which month was the next round?|in 2018, which month was the next round?",
            "EN|What happened in the year after the 2002 World Cup?|What happened in 2003?",
            "RU|На сколько вырос товарооборот в год чемпионата мира по футболу в России?|На сколько вырос товарооборот в 2018 году?",
            "RU|Где они встречались за год до чемпионата мира?|Где они встречались в 2017 году?",
            "JA|ロシアでW杯があった年の貿易は？|2018年の貿易は？",
            // the event itself asked about: as written
            "EN|Who won the World Cup in Russia?|Who won the World Cup in Russia?",
            "RU|Где проходил чемпионат мира?|Где проходил чемпионат мира?",
    })
    void aTimeGivenByAnEventOfTheWorldIsItsYear(Lang lang, String question, String dated) {
        assertEquals(dated, anchors.dated(question, lang));
    }

    @org.junit.jupiter.api.Test
    void aWorldEventWithoutAYearIsRefusedNamingItsLexiconLine() {
        YamlNode lexicon = YamlNode.parse(Path.of("lexicon/en.yaml"),
                "time_anchors:\n  verbs: []\n  ends: []\n  numbers: {}\n  phrases: []\n  world_events:\n    - {names: [World Cup], began: soon, ended: 2018}\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> TimeAnchors.read(lexicon, Lang.EN));
        assertTrue(e.getMessage().contains("lexicon/en.yaml:7") && e.getMessage().contains("are years"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "phrases|'{at: \"the year of\", shift: 0, as: \"in {year}\"}'|names no {event}",
            "phrases|'{at: \"the year of {event}\", shift: 0, as: \"in {season} {year}\"}'|keeps {season}",
            "phrases|'{at: \"the year of {event}\", shift: one, as: \"in {year}\"}'|no whole number",
            "phrases|'{at: \"the year of ({event}\", shift: 0, as: \"in {year}\"}'|no regular expression",
            // a year given from today
            "from_now|'{at: \"next year\", shift: 1, as: \"in 2027\"}'|writes no {year}",
            "from_now|'{at: \"next year\", shift: next, as: \"in {year}\"}'|no whole number",
            "from_now|'{at: \"next (year\", shift: 1, as: \"in {year}\"}'|no regular expression",
    })
    void aBrokenPhraseIsRefusedNamingItsLexiconLineAndWhatIsWrong(String list, String phrase, String reason) {
        // the broken phrase is the one item of its list, the last line: 6 under "phrases", 7 under "from_now"
        String lists = list.equals("phrases") ? "  phrases:\n" : "  phrases: []\n  from_now:\n";
        YamlNode lexicon = YamlNode.parse(Path.of("lexicon/en.yaml"),
                "time_anchors:\n  verbs: []\n  ends: []\n  numbers: {}\n" + lists + "    - " + phrase + "\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> TimeAnchors.read(lexicon, Lang.EN));
        String line = "lexicon/en.yaml:" + (list.equals("phrases") ? 6 : 7);
        assertTrue(e.getMessage().contains(line) && e.getMessage().contains(reason), e.getMessage());
    }
}

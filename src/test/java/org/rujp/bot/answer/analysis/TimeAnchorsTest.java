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
            "'{at: \"the year of\", shift: 0, as: \"in {year}\"}'|names no {event}",
            "'{at: \"the year of {event}\", shift: 0, as: \"in {season} {year}\"}'|keeps {season}",
            "'{at: \"the year of {event}\", shift: one, as: \"in {year}\"}'|no whole number",
            "'{at: \"the year of ({event}\", shift: 0, as: \"in {year}\"}'|no regular expression",
    })
    void aBrokenPhraseIsRefusedNamingItsLexiconLineAndWhatIsWrong(String phrase, String reason) {
        YamlNode lexicon = YamlNode.parse(Path.of("lexicon/en.yaml"),
                "time_anchors:\n  verbs: []\n  ends: []\n  numbers: {}\n  phrases:\n    - " + phrase + "\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> TimeAnchors.read(lexicon, Lang.EN));
        assertTrue(e.getMessage().contains("lexicon/en.yaml:6") && e.getMessage().contains(reason), e.getMessage());
    }
}

package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.yaml.YamlNode;

/** Words whose side depends on who writes them, written as that side's. */
class WritersSideTest {
    private final WritersSide sides = new WritersSide();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a side declared
            "EN|I'm Japanese. Who is our foreign minister?|I'm Japanese. Who is the Japanese foreign minister?",
            "EN|I am Russian: how many projects did our side organise?|I am Russian: how many projects did the Russian side organise?",
            "EN|I'm Japanese. Which city is your twin of Osaka?|I'm Japanese. Which city is the Russian twin of Osaka?",
            // English gives no side of its own
            "EN|Who is our foreign minister?|Who is our foreign minister?",
            // both sides' things are no one side's
            "EN|I'm Japanese. How did our two countries' trade grow?|I'm Japanese. How did our two countries' trade grow?",
            // Russian writes Russia's side unless the writer says otherwise, in the case of the word replaced; only a side
            // or a country ("наши логистические центры" stay as written)
            "RU|Сколько проектов организовала наша сторона?|Сколько проектов организовала российская сторона?",
            "RU|Кто поставляет оборудование на наши логистические центры?|Кто поставляет оборудование на наши логистические центры?",
            "RU|Я японец. Сколько проектов организовала наша сторона?|Я японец. Сколько проектов организовала японская сторона?",
            "RU|Какие проекты у вашей страны?|Какие проекты у Японии?",
            "RU|Сколько мероприятий прошло в нашей стране?|Сколько мероприятий прошло в России?",
            // Japanese writes Japan's side unless the writer says otherwise
            "JA|わが国の外務省の報道官は誰？|日本の外務省の報道官は誰？",
            "JA|向こうの大臣は誰？|ロシアの大臣は誰？",
            "JA|日本在住のロシア人です。うちの外務省の報道官は誰？|日本在住のロシア人です。ロシアの外務省の報道官は誰？",
            // "そのうちの" is "of those", no one's
            "JA|130件のうち、そのうちの何件が実施段階？|130件のうち、そのうちの何件が実施段階？",
    })
    void firstAndSecondPersonWordsAreTheSidesTheyMean(Lang lang, String question, String sided) {
        assertEquals(sided, sides.sided(question, lang));
    }

    @Test
    void theSideIsTheDeclaredOneElseTheLanguages() {
        assertEquals(Optional.of("japan"), sides.of("I'm Japanese, based in Kyoto.", Lang.EN));
        assertEquals(Optional.empty(), sides.of("I'm based in Kyoto.", Lang.EN));
        assertEquals(Optional.of("russia"), sides.of("Как дела?", Lang.RU));
        assertEquals(Optional.of("russia"), sides.of("ロシア人です。", Lang.JA));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'  default: france\n'|is no side",
            "'  default: none\n  declared:\n    - {at: \"I am (\", side: japan}\n'|no regular expression",
            "'  default: none\n  declared:\n    - {at: \"I am Korean\", side: korea}\n'|is no side",
            "'  default: none\n  ours:\n    japan: {our: the Japanese}\n  yours: {your: my}\n'|no first-person word",
            "'  default: none\n  theirs: {}\n'|unknown key",
    })
    void aBrokenLexiconIsRefusedNamingItsFileAndLine(String body, String reason) {
        YamlNode lexicon = YamlNode.parse(Path.of("lexicon/en.yaml"), "writers_side:\n" + body.replace("\\n", "\n"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> WritersSide.read(lexicon));
        assertTrue(e.getMessage().contains("lexicon/en.yaml:") && e.getMessage().contains(reason), e.getMessage());
    }
}

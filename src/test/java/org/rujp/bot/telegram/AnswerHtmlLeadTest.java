package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.AnswerText;
import org.rujp.bot.answer.Statement;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;

/** In Telegram as in plain text, the lead is one sentence ended the way its language ends one, and only once. */
class AnswerHtmlLeadTest {
    private static final Source SOURCE = new Source("rm-2021", "Russkiy Mir Foundation", "Year extended", LocalDate.of(2021, 11, 22),
            "", "", "a.txt", Source.Origin.CURATED);

    private static Answer.Answered answered(Lang lang, String lead) {
        Fact fact = new Fact("f1", SOURCE.id(), Map.of(lang, "text"), Optional.empty(), List.of(), List.of(), Fact.Kind.PASSAGE);
        return new Answer.Answered("q", "q", lang, lead, List.of(new Statement(fact, "text", SOURCE, 0.5)), List.of(), "extractive", Map.of());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "en|1 more year|<b>1 more year.</b>",
            "ja|2021年11月|<b>2021年11月。</b>",
            "ru|июнь 2019 г.|<b>Июнь 2019 г.</b>",
            "en|As of 12 January 2018: Maria Zakharova.|<b>As of 12 January 2018: Maria Zakharova.</b>",
    })
    void isEndedOnce(String lang, String lead, String rendered) {
        Answer.Answered a = answered(Lang.fromCode(lang).orElseThrow(), lead);
        String html = AnswerHtml.render(a, true);
        assertTrue(html.startsWith(rendered), html);
        String plain = AnswerText.plain(a);
        assertTrue(plain.startsWith(rendered.replace("<b>", "").replace("</b>", "")), plain);
    }
}

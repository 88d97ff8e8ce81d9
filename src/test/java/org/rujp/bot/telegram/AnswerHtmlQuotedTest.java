package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.Statement;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;

/** In Telegram, a passage quoted in English under a Russian or Japanese answer carries the note saying so. */
class AnswerHtmlQuotedTest {
    private static final Source SOURCE = new Source("ing-flights", "Example Wire", "Direct flights resume", LocalDate.of(2024, 3, 28),
            "", "VLADIVOSTOK", "flights.txt", Source.Origin.INGESTED);

    private static Answer.Answered answered(Lang lang, Map<Lang, String> texts) {
        Fact fact = new Fact("ing-flights.p02", SOURCE.id(), texts, Optional.empty(), List.of(), List.of(), Fact.Kind.PASSAGE);
        return new Answer.Answered("q", "q", lang, "около 12 000", List.of(new Statement(fact, fact.text(lang), SOURCE, 0.5)),
                List.of(), "extractive", Map.of());
    }

    @Test
    void anEnglishPassageUnderARussianAnswerIsFollowedByTheNoteInItalics() {
        String html = AnswerHtml.render(answered(Lang.RU, Map.of(Lang.EN, "The airline expects to carry about 12,000 passengers.")), true);
        assertTrue(html.contains("The airline expects to carry about 12,000 passengers. [1]\n<i>Источник на английском языке: отрывок приведён в оригинале.</i>"), html);
        assertTrue(html.contains("<b>Источники</b>"), html);
    }

    @Test
    void aPassageInTheAnswersLanguageHasNoNote() {
        String html = AnswerHtml.render(answered(Lang.RU, Map.of(Lang.RU, "Авиакомпания рассчитывает перевезти около 12 000 пассажиров.")), true);
        assertFalse(html.contains("Источник на английском"), html);
    }
}

package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.text.Html;

/** A source with an address is cited as a link on its headline, valid Bot API HTML whatever the address holds. */
class SourceLinkTest {
    private static final String URL = "https://example.org/news?id=7&lang=en&q=\"ferry\"<x>";
    private final Source linked = new Source("ing-ferry", "Wire & Co", "Ferry <fares> cut", LocalDate.of(2026, 10, 14), "", "", "f.html",
            Source.Origin.INGESTED, URL);
    private final Source plain = new Source("tass-x", "TASS", "Talks", LocalDate.of(2018, 1, 12), "", "", "", Source.Origin.CURATED);

    @Test
    void theHeadlineIsALinkWithTheAddressEscapedInTheAttribute() {
        String html = AnswerHtml.source(linked, Lang.EN);
        assertEquals("Wire &amp; Co, <a href=\"https://example.org/news?id=7&amp;lang=en&amp;q=&quot;ferry&quot;&lt;x&gt;\"><i>Ferry &lt;fares&gt; cut</i></a>, "
                + "14 October 2026", html);
        assertEquals("Wire & Co, Ferry <fares> cut, 14 October 2026", BotApiRules.parseHtml(html));
    }

    @Test
    void aSourceWithoutAnAddressHasNoLink() {
        String html = AnswerHtml.sourcesBlock(List.of(plain, linked), Lang.EN);
        assertEquals(1, html.split("<a ", -1).length - 1, html);
        assertTrue(html.contains("[1] TASS, <i>Talks</i>, 12 January 2018"), html);
        BotApiRules.parseHtml(html);
    }

    @Test
    void thePlainTextFallbackKeepsTheAddressAfterTheHeadline() {
        assertEquals("Wire & Co, Ferry <fares> cut (" + URL + "), 14 October 2026", Html.toPlain(AnswerHtml.source(linked, Lang.EN)));
    }
}

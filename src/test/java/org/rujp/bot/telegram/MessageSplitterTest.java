package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
    @Test
    void keepsAShortMessageWhole() {
        assertEquals(List.of("<b>Hi</b> there"), MessageSplitter.split("<b>Hi</b> there"));
    }

    @Test
    void splitsAtParagraphsBelowTheLimitAndEveryPartIsValidHtml() {
        String paragraph = "<b>Fact</b> number one &amp; two. ".repeat(20).strip();
        String html = String.join("\n\n", java.util.Collections.nCopies(12, paragraph));

        List<String> parts = MessageSplitter.split(html, 2000);

        assertTrue(parts.size() > 1);
        for (String part : parts) {
            assertTrue(part.length() <= 2000, "length " + part.length());
            BotApiRules.parseHtml(part); // throws on a broken tag or entity
            assertTrue(part.endsWith("two."), "cut at a paragraph end: " + part.substring(part.length() - 20));
        }
        assertEquals(BotApiRules.parseHtml(html).replaceAll("\\s+", " "),
                String.join(" ", parts.stream().map(BotApiRules::parseHtml).toList()).replaceAll("\\s+", " "), "nothing lost");
    }

    @Test
    void splitsALongParagraphAtSentencesNeverInsideAnEntity() {
        String html = "Russia &amp; Japan met again. ".repeat(300);

        List<String> parts = MessageSplitter.split(html, 1000);

        for (String part : parts) {
            BotApiRules.parseHtml(part);
            assertTrue(part.endsWith("again."), part.substring(part.length() - 10));
        }
    }

    @Test
    void closesAndReopensAnElementCutInTheMiddle() {
        String html = "<i>" + "word ".repeat(1000) + "</i>";

        List<String> parts = MessageSplitter.split(html, 1000);

        assertTrue(parts.size() >= 5);
        for (String part : parts) {
            assertTrue(part.startsWith("<i>") && part.endsWith("</i>"), part);
            BotApiRules.parseHtml(part);
        }
    }

    @Test
    void cutsTextWithoutSpacesAnywhereOutsideTags() {
        String html = "\u65e5".repeat(9000);

        List<String> parts = MessageSplitter.split(html);

        assertEquals(9000, parts.stream().mapToInt(String::length).sum());
        assertTrue(parts.stream().allMatch(p -> p.length() <= MessageSplitter.LIMIT));
    }
}

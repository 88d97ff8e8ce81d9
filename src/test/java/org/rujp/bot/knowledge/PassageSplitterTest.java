package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
    private final PassageSplitter splitter = new PassageSplitter();

    private static String sentence(int n) {
        return "Sentence number " + n + " says that the delegation from Osaka met Mr. Ivanov and visited the port of Vladivostok.";
    }

    @Test
    void mergesVeryShortParagraphsWithTheirNeighbours() {
        List<String> passages = splitter.split(List.of("Short one.", "Another short one.", sentence(1) + " " + sentence(2) + " " + sentence(3)));
        assertEquals(1, passages.size());
        assertTrue(passages.get(0).startsWith("Short one. Another short one. Sentence number 1"));
    }

    @Test
    void keepsParagraphsOfAGoodLengthApart() {
        String a = sentence(1) + " " + sentence(2) + " " + sentence(3);
        String b = sentence(4) + " " + sentence(5) + " " + sentence(6);
        assertEquals(List.of(a, b), splitter.split(List.of(a, b)));
    }

    @Test
    void splitsAVeryLongParagraphAtSentenceBoundariesWithoutLosingText() {
        List<String> sentences = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            sentences.add(sentence(i));
        }
        String paragraph = String.join(" ", sentences);
        List<String> passages = splitter.split(List.of(paragraph));
        assertTrue(passages.size() >= 3, () -> passages.size() + " passages");
        for (String p : passages) {
            assertTrue(p.length() <= PassageSplitter.MAX + PassageSplitter.SHORT, () -> p.length() + " chars");
            assertTrue(p.startsWith("Sentence number") && p.endsWith("Vladivostok."), p);
        }
        assertEquals(paragraph, String.join(" ", passages));
    }

    @Test
    void aPageSavedAsOneLineWithoutFullStopsIsCutAtWordsIntoPassagesNoLongerThanTheMaximum() {
        String line = "Delegations from the sister cities met again to plan more exchanges ".repeat(200).strip();
        List<String> passages = new PassageSplitter().split(List.of(line));
        assertTrue(passages.size() > 10, "passages: " + passages.size());
        passages.forEach(p -> assertTrue(p.length() <= PassageSplitter.MAX, "a passage of " + p.length()));
        assertEquals(line.replace(" ", ""), String.join("", passages).replace(" ", ""), "no text is lost");
        passages.forEach(p -> assertTrue(p.endsWith("exchanges") || p.matches(".*\\b\\p{L}+$"), "cut inside a word: " + p));
    }

    @Test
    void aJapaneseLineWithoutSpacesIsCutAtTheMaximum() {
        String line = "日露の地域交流".repeat(300);
        List<String> passages = new PassageSplitter().split(List.of(line));
        passages.forEach(p -> assertTrue(p.length() <= PassageSplitter.MAX, "a passage of " + p.length()));
        assertEquals(line, String.join("", passages));
    }

    @Test
    void anAbbreviationOrAnInitialDoesNotEndASentence() {
        assertEquals(List.of("Mr. Abe met V. Putin in St. Petersburg.", "They spoke for an hour."),
                PassageSplitter.sentences("Mr. Abe met V. Putin in St. Petersburg. They spoke for an hour."));
    }

    @Test
    void japaneseSentencesEndAtTheFullStopMark() {
        assertEquals(List.of("会談が行われた。", "両国は合意した。"), PassageSplitter.sentences("会談が行われた。両国は合意した。"));
    }
}

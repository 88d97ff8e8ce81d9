package org.rujp.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.store.ChatProgress;

class DigestComposerTest {
    private static final KnowledgeBase KB = Harness.KNOWLEDGE;
    private static final Instant SUBSCRIBED = Instant.parse("2026-11-01T00:00:00Z");
    private static final LocalDate AN_ORDINARY_DAY = LocalDate.of(2026, 11, 23);
    private final DigestComposer composer = new DigestComposer(3);

    private static ChatProgress nothingRead() {
        return new ChatProgress(1, Map.of(), Optional.empty(), Optional.empty());
    }

    private static Map<String, Instant> allKnownSince(KnowledgeBase kb) {
        Map<String, Instant> seen = new HashMap<>();
        kb.facts().forEach(f -> seen.put(f.id(), Instant.EPOCH));
        return seen;
    }

    @Test
    void onAnOrdinaryDayTheDigestStartsAtTheBeginningOfTheTimeline() {
        List<DigestItem> items = composer.choose(KB, nothingRead(), allKnownSince(KB), SUBSCRIBED, AN_ORDINARY_DAY);

        assertEquals(3, items.size());
        assertTrue(items.stream().allMatch(i -> i.reason() == DigestItem.Reason.TIMELINE));
        EventDate earliest = KB.facts().stream().flatMap(f -> f.date().stream()).min(EventDate::compareTo).orElseThrow();
        assertEquals(earliest, items.get(0).fact().date().orElseThrow());
        assertTrue(items.get(0).fact().date().get().compareTo(items.get(1).fact().date().get()) <= 0);
    }

    @Test
    void factsThatHappenedOnThisDayInEarlierYearsComeBeforeTheTimeline() {
        LocalDate june10 = LocalDate.of(2026, 6, 10); // five facts are dated 10 June 2019

        List<DigestItem> items = composer.choose(KB, nothingRead(), allKnownSince(KB), SUBSCRIBED, june10);

        assertEquals(3, items.size());
        for (DigestItem item : items) {
            assertEquals(DigestItem.Reason.ON_THIS_DAY, item.reason());
            assertEquals(Optional.of(MonthDay.of(6, 10)), item.fact().date().flatMap(EventDate::monthDay));
        }
    }

    @Test
    void onThisDayFactsAlreadyReadGiveWayToUnreadOnes() {
        LocalDate june10 = LocalDate.of(2026, 6, 10);
        Map<String, Integer> read = new HashMap<>();
        KB.facts().stream().filter(f -> DigestComposer.onThisDay(f, MonthDay.of(6, 10), 2026)).forEach(f -> read.put(f.id(), 1));

        List<DigestItem> items = composer.choose(KB, new ChatProgress(1, read, Optional.empty(), Optional.empty()),
                allKnownSince(KB), SUBSCRIBED, june10);

        assertTrue(items.stream().noneMatch(i -> read.containsKey(i.fact().id())));
    }

    @Test
    void newlyIngestedPassagesComeFirstThenNewCuratedFactsThenTheRest() {
        Source article = new Source("ingested-2026-forum", "Kommersant", "Forum <Russia & Japan>", LocalDate.of(2026, 11, 20),
                "", "", "ingested/x.txt", Source.Origin.INGESTED);
        Source curated = new Source("curated-2026-new", "TASS", "New curated", LocalDate.of(2026, 11, 19), "", "", "y.txt",
                Source.Origin.CURATED);
        Fact passage = new Fact("ingested-2026-forum-p1", article.id(), Map.of(Lang.RU, "Форум прошёл в Токио."),
                Optional.empty(), List.of(), List.of(), Fact.Kind.PASSAGE);
        Fact newFact = new Fact("curated-2026-new-1", curated.id(), Map.of(Lang.EN, "A new curated fact."),
                Optional.of(EventDate.parse("2026-11")), List.of(), List.of(), Fact.Kind.FACT);
        KnowledgeBase grown = KB.with(List.of(curated, article), List.of(newFact, passage), "grown");
        Map<String, Instant> seen = allKnownSince(KB);
        seen.put(newFact.id(), Instant.parse("2026-11-22T00:00:00Z"));
        seen.put(passage.id(), Instant.parse("2026-11-22T00:00:00Z"));

        List<DigestItem> items = composer.choose(grown, nothingRead(), seen, SUBSCRIBED, LocalDate.of(2026, 6, 10));

        assertEquals(List.of(passage.id(), newFact.id()), items.subList(0, 2).stream().map(i -> i.fact().id()).toList());
        assertEquals(DigestItem.Reason.NEW, items.get(0).reason());
        assertEquals(DigestItem.Reason.NEW, items.get(1).reason());
        assertEquals(DigestItem.Reason.ON_THIS_DAY, items.get(2).reason(), "then today's anniversaries");
    }

    @Test
    void factsAddedBeforeTheChatSubscribedAreNotNewToIt() {
        Map<String, Instant> seen = allKnownSince(KB);
        String id = KB.facts().get(KB.facts().size() - 1).id();
        seen.put(id, SUBSCRIBED.minusSeconds(60));

        List<DigestItem> items = composer.choose(KB, nothingRead(), seen, SUBSCRIBED, AN_ORDINARY_DAY);

        assertTrue(items.stream().noneMatch(i -> i.reason() == DigestItem.Reason.NEW));
    }

    @Test
    void whenEveryFactWasReadOnceANewRoundStartsFromTheTimeline() {
        Map<String, Integer> all = new HashMap<>();
        KB.facts().forEach(f -> all.put(f.id(), 1));
        String last = KB.facts().get(5).id();
        all.put(last, 0);

        List<DigestItem> items = composer.choose(KB, new ChatProgress(1, all, Optional.empty(), Optional.empty()),
                allKnownSince(KB), SUBSCRIBED, AN_ORDINARY_DAY);

        assertEquals(last, items.get(0).fact().id(), "the one unread fact finishes the round");
        assertEquals(3, items.size(), "and the digest is filled from the next round");
    }
}

package org.rujp.bot.digest;

import org.rujp.bot.text.Html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.store.Frequency;

/** What subscribers read: no repeats, citations, HTML, languages, buttons, the commands' replies. */
class DigestContentTest {
    private static final Instant START = Instant.parse("2026-11-23T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aDailySubscriberReadsEveryFactOnceBeforeAnyRepeats() {
        FakeTime time = new FakeTime(START);
        try (Harness h = new Harness(dir.resolve("bot.db"), time, new RecordingSender(time))) {
            h.subscriptions.subscribe(1, "private", Frequency.DAILY, Optional.empty(), Lang.EN, START);

            for (int day = 0; day < 30; day++) {
                time.set(START.plus(Duration.ofDays(day)).plus(Duration.ofHours(7)));
                h.service.runDue(time.instant());
            }

            List<String> read = h.sender.factIdsSentTo(1);
            int total = Harness.KNOWLEDGE.facts().size();
            assertEquals(30, h.sender.to(1).size(), "one digest a day");
            assertEquals(90, read.size(), "three items in each");
            assertEquals(total, new HashSet<>(read.subList(0, total)).size(), "the first " + total + " items are all different");
            assertEquals(Harness.KNOWLEDGE.facts().stream().map(Fact::id).collect(Collectors.toSet()), new HashSet<>(read.subList(0, total)));
            assertEquals(read.size() - total, new HashSet<>(read.subList(total, read.size())).size(), "the second round repeats nothing either");
        }
    }

    @Test
    void previewShowsTheNextDigestWithoutUsingItUp() {
        FakeTime time = new FakeTime(START);
        try (Harness h = new Harness(dir.resolve("bot.db"), time, new RecordingSender(time))) {
            ChatRef chat = new ChatRef(1, "private", Lang.EN);
            h.service.subscribe(chat, "daily", false);
            time.set(Instant.parse("2026-11-23T05:00:00Z"));

            List<DigestMessage> preview = h.service.preview(chat);
            h.service.runDue(Instant.parse("2026-11-23T06:00:00Z"));

            assertTrue(preview.get(0).html().contains("Preview"));
            assertEquals(buttons(preview), h.sender.factIdsSentTo(1), "the real digest carries what the preview showed");
            assertEquals(1, h.ledger.forChat(1).size());
        }
    }

    private static List<String> buttons(List<DigestMessage> messages) {
        return messages.stream().flatMap(m -> m.buttons().stream())
                .map(b -> b.callbackData().substring(FollowUpButtons.PREFIX.length())).toList();
    }

    @Nested
    class Rendering {
        private final DigestRenderer renderer = new DigestRenderer();
        private final Source source = new Source("src-a&b", "Kommersant & Co", "Talks <in> Tokyo", LocalDate.of(2019, 6, 10),
                "", "", "a.txt", Source.Origin.CURATED);

        private KnowledgeBase knowledgeWith(Fact... facts) {
            return new KnowledgeBase(List.of(source), List.of(facts), List.of(), "test");
        }

        private Fact fact(String id, String en) {
            return new Fact(id, source.id(), Map.of(Lang.EN, en, Lang.RU, "Русский текст: " + en), Optional.empty(), List.of(),
                    List.of(), Fact.Kind.FACT);
        }

        @Test
        void factTextAndCitationsAreEscapedAndCiteTheSource() {
            Fact f = fact("f1", "Trade grew by <17%> & more");
            List<DigestMessage> messages = renderer.render(List.of(new DigestItem(f, DigestItem.Reason.TIMELINE)),
                    knowledgeWith(f), Lang.EN, Frequency.DAILY, LocalDate.of(2026, 11, 23), false);

            String html = messages.get(0).html();
            assertTrue(html.contains("Trade grew by &lt;17%&gt; &amp; more"), html);
            assertTrue(html.contains("Source: Kommersant &amp; Co, “Talks &lt;in&gt; Tokyo”, 10 June 2019"), html);
            assertFalse(html.contains("<17%>"));
            assertEquals(List.of("dq:f1"), messages.get(0).buttons().stream().map(DigestButton::callbackData).toList());
        }

        @Test
        void aDigestLongerThanOneMessageIsSplitUnderTheLimitWithoutBreakingEntities() {
            String longText = "Sentence with <tags> & ampersands number %d. ".repeat(1).trim();
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.length() < 9000; i++) {
                text.append(String.format(longText, i)).append(' ');
            }
            Fact big = fact("big", text.toString().strip());
            Fact small = fact("small", "A short one & done.");
            List<DigestMessage> messages = renderer.render(
                    List.of(new DigestItem(big, DigestItem.Reason.TIMELINE), new DigestItem(small, DigestItem.Reason.NEW)),
                    knowledgeWith(big, small), Lang.EN, Frequency.WEEKLY, LocalDate.of(2026, 11, 23), false);

            assertTrue(messages.size() >= 3, "9000 characters need at least three messages");
            for (DigestMessage m : messages) {
                assertTrue(m.html().length() <= 4096, "message of " + m.html().length());
                assertFalse(m.html().matches("(?s).*&[a-z]*$"), "ends inside an entity");
                assertFalse(m.html().matches("(?s)^[a-z]*;.*"), "starts inside an entity");
                assertEquals(count(m.html(), "<b>"), count(m.html(), "</b>"));
                assertEquals(count(m.html(), "<i>"), count(m.html(), "</i>"));
            }
            String joined = messages.stream().map(DigestMessage::html).collect(Collectors.joining(" "));
            assertTrue(joined.replaceAll("\\s+", " ").contains(Html.escape(text.toString().strip()).replaceAll("\\s+", " ")),
                    "no text lost");
            assertEquals(List.of("dq:big", "dq:small"), messages.stream().flatMap(m -> m.buttons().stream())
                    .map(DigestButton::callbackData).toList());
        }

        @Test
        void digestIsWrittenInTheChatsLanguage() {
            Fact f = fact("f1", "Trade grew.");
            String ru = renderer.render(List.of(new DigestItem(f, DigestItem.Reason.NEW)), knowledgeWith(f), Lang.RU,
                    Frequency.DAILY, LocalDate.of(2026, 11, 23), false).get(0).html();
            String ja = renderer.render(List.of(new DigestItem(f, DigestItem.Reason.NEW)), knowledgeWith(f), Lang.JA,
                    Frequency.DAILY, LocalDate.of(2026, 11, 23), false).get(0).html();

            assertTrue(ru.contains("Русский текст: Trade grew."), ru);
            assertTrue(ru.contains("Дайджест") && ru.contains("23 ноября 2026"), ru);
            assertTrue(ru.contains("Источник: Kommersant &amp; Co, «Talks &lt;in&gt; Tokyo»"), ru);
            assertTrue(ja.contains("日露ダイジェスト") && ja.contains("2026年11月23日"), ja);
            assertTrue(ja.contains("Trade grew."), "a fact without Japanese falls back to English");
        }

        @Test
        void callbackDataFitsIn64BytesEvenForLongIdsAndResolvesBack() {
            String longId = "econ-" + "very-long-identifier-".repeat(3) + "end";
            Fact f = fact(longId, "Text.");
            KnowledgeBase kb = knowledgeWith(f, fact("f1", "x"));
            String data = FollowUpButtons.callbackData(longId);

            assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= 64, data);
            assertEquals(Optional.of(f), FollowUpButtons.resolve(data, kb));
            assertEquals("f1", FollowUpButtons.resolve("dq:f1", kb).orElseThrow().id());
            assertTrue(FollowUpButtons.resolve("other:f1", kb).isEmpty());
            Harness.KNOWLEDGE.facts().forEach(k -> assertEquals(Optional.of(k),
                    FollowUpButtons.resolve(FollowUpButtons.callbackData(k.id()), Harness.KNOWLEDGE)));
        }

        private static int count(String s, String what) {
            return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
        }
    }

    @Nested
    class Commands {
        private final ChatRef group = new ChatRef(-100, "supergroup", Lang.EN);
        private final ChatRef user = new ChatRef(7, "private", Lang.RU);

        @Test
        void onlyAdministratorsChangeAGroupsDigest() {
            FakeTime time = new FakeTime(START);
            try (Harness h = new Harness(dir.resolve("bot.db"), time, new RecordingSender(time))) {
                assertTrue(h.service.subscribe(group, "weekly", false).contains("administrators"));
                assertTrue(h.service.subscription(-100).isEmpty());

                String reply = h.service.subscribe(group, "weekly", true);

                assertTrue(reply.contains("weekly"), reply);
                assertTrue(reply.contains("Europe/Moscow (default)"), reply);
                assertTrue(h.service.unsubscribe(group, false).contains("administrators"));
                assertTrue(h.service.settings(group, "zone Asia/Tokyo", false).contains("administrators"));
                assertTrue(h.service.subscription(-100).orElseThrow().active());
                assertTrue(h.service.settings(group, "", false).contains("weekly"), "anyone may look");
            }
        }

        @Test
        void settingsChangeTheZoneAndNameBadInputEscaped() {
            FakeTime time = new FakeTime(START);
            try (Harness h = new Harness(dir.resolve("bot.db"), time, new RecordingSender(time))) {
                assertTrue(h.service.settings(user, "", false).contains("не подписан"));
                h.service.subscribe(user, "", false);

                String set = h.service.settings(user, "zone Asia/Tokyo", false);
                String bad = h.service.settings(user, "zone <Mars/Olympus>", false);
                String badFrequency = h.service.subscribe(user, "hourly", false);

                assertTrue(set.contains("Asia/Tokyo") && set.contains("09:00"), set);
                assertTrue(bad.contains("&lt;Mars/Olympus&gt;"), bad);
                assertTrue(badFrequency.contains("hourly"), badFrequency);
                assertEquals("Asia/Tokyo", h.service.subscription(7).orElseThrow().zone().orElseThrow().getId());
                assertTrue(h.service.unsubscribe(user, false).contains("Подписка отменена"));
                assertTrue(h.service.unsubscribe(user, false).contains("не подписан"));
            }
        }

        @Test
        void followUpButtonsLeadBackToTheirFact() {
            FakeTime time = new FakeTime(START);
            try (Harness h = new Harness(dir.resolve("bot.db"), time, new RecordingSender(time))) {
                Fact any = Harness.KNOWLEDGE.facts().get(3);
                assertEquals(Optional.of(any), h.service.followUp(FollowUpButtons.callbackData(any.id())));
            }
        }
    }
}

package org.rujp.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Delivery;
import org.rujp.bot.store.DeliveryLedger;
import org.rujp.bot.store.Frequency;
import org.rujp.bot.store.StoreException;

/** The schedule end to end: real SQLite, injected clock, a sender that records. Monday 23 November 2026. */
class DigestScheduleDeliveryTest {
    static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z"); // 03:00 in Moscow
    static final long DAILY = 1;
    static final long WEEKLY = 2;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("bot.db");
    }

    private static void subscribe(Harness h, long chat, Frequency frequency) {
        h.subscriptions.subscribe(chat, "private", frequency, Optional.empty(), Lang.EN, h.time.instant());
    }

    private static List<String> keys(Harness h, long chat) {
        return h.ledger.forChat(chat).stream().map(Delivery::digestKey).toList();
    }

    private static final List<String> WEEK_OF_DAILY_KEYS = List.of("daily:2026-11-23", "daily:2026-11-24", "daily:2026-11-25",
            "daily:2026-11-26", "daily:2026-11-27", "daily:2026-11-28", "daily:2026-11-29");

    @Test
    void aWeekOfScheduleDeliversEachDailyAndWeeklyDigestExactlyOnce() {
        FakeTime time = new FakeTime(MONDAY);
        try (Harness h = new Harness(file(), time, new RecordingSender(time))) {
            subscribe(h, DAILY, Frequency.DAILY);
            subscribe(h, WEEKLY, Frequency.WEEKLY);

            h.tickUntil(MONDAY.plus(Duration.ofDays(7)), Duration.ofMinutes(30));

            assertEquals(WEEK_OF_DAILY_KEYS, keys(h, DAILY));
            assertEquals(List.of("weekly:2026-11-23"), keys(h, WEEKLY));
            assertEquals(7, h.sender.to(DAILY).size());
            assertEquals(1, h.sender.to(WEEKLY).size());
            assertTrue(h.ledger.forChat(DAILY).stream().allMatch(d -> d.state() == Delivery.State.SENT && d.attempts() == 1));
            // each at 09:00 Moscow time (06:00 UTC), the minute it was due
            h.sender.to(DAILY).forEach(s -> assertEquals(9, s.at().atZone(ZoneId.of("Europe/Moscow")).getHour()));
        }
    }

    @Test
    void restartingEveryDayStillDeliversEachDigestOnce() {
        FakeTime time = new FakeTime(MONDAY);
        RecordingSender sender = new RecordingSender(time);
        try (Harness h = new Harness(file(), time, sender)) {
            subscribe(h, DAILY, Frequency.DAILY);
            subscribe(h, WEEKLY, Frequency.WEEKLY);
        }
        for (int day = 1; day <= 7; day++) {
            // the same file, new objects: a bot restarted every day (twice on day 3)
            try (Harness h = new Harness(file(), time, sender)) {
                h.tickUntil(MONDAY.plus(Duration.ofDays(day)).minus(Duration.ofHours(12)), Duration.ofMinutes(30));
            }
            try (Harness h = new Harness(file(), time, sender)) {
                h.tickUntil(MONDAY.plus(Duration.ofDays(day)), Duration.ofMinutes(30));
            }
        }
        try (Harness h = new Harness(file(), time, sender)) {
            assertEquals(WEEK_OF_DAILY_KEYS, keys(h, DAILY));
            assertEquals(7, sender.to(DAILY).size());
            assertEquals(1, sender.to(WEEKLY).size());
        }
    }

    @Test
    void runsMissedWhileTheBotWasDownAreCaughtUpOnceNotRepeated() {
        FakeTime time = new FakeTime(MONDAY);
        try (Harness h = new Harness(file(), time, new RecordingSender(time))) {
            subscribe(h, DAILY, Frequency.DAILY);
            // down from Monday 03:00 until Thursday 12:00 Moscow time
            time.set(Instant.parse("2026-11-26T09:00:00Z"));
            RunReport first = h.service.runDue(time.instant());
            RunReport second = h.service.runDue(time.instant().plusSeconds(3600));

            assertEquals(1, first.due());
            assertEquals(1, first.sent());
            assertEquals(0, second.due());
            assertEquals(List.of("daily:2026-11-26"), keys(h, DAILY));
            assertEquals(1, h.sender.to(DAILY).size());
        }
    }

    @Test
    void aChatInItsOwnZoneGetsItsDigestAtNineLocalTime() {
        FakeTime time = new FakeTime(Instant.parse("2026-11-22T12:00:00Z"));
        try (Harness h = new Harness(file(), time, new RecordingSender(time))) {
            h.subscriptions.subscribe(10, "private", Frequency.DAILY, Optional.empty(), Lang.EN, time.instant());
            h.subscriptions.subscribe(11, "private", Frequency.DAILY, Optional.of(ZoneId.of("Asia/Tokyo")), Lang.JA, time.instant());

            h.tickUntil(Instant.parse("2026-11-23T12:00:00Z"), Duration.ofMinutes(10));

            Instant moscow = h.sender.to(10).get(0).at();
            Instant tokyo = h.sender.to(11).get(0).at();
            assertEquals(Instant.parse("2026-11-23T06:00:00Z"), moscow);
            assertEquals(9, tokyo.atZone(ZoneId.of("Asia/Tokyo")).getHour());
            assertTrue(tokyo.isBefore(moscow), "09:00 in Tokyo comes six hours before 09:00 in Moscow");
            assertEquals(List.of("daily:2026-11-23"), keys(h, 11));
        }
    }

    @Nested
    class WhenTheBotStopsBetweenPlanningAndSending {
        @Test
        void aPlannedButUnsentDigestIsSentAtTheNextStart() {
            FakeTime time = new FakeTime(Instant.parse("2026-11-23T06:00:00Z"));
            RecordingSender sender = new RecordingSender(time);
            try (Harness h = new Harness(file(), time, sender)) {
                h.subscriptions.subscribe(DAILY, "private", Frequency.DAILY, Optional.empty(), Lang.EN, MONDAY);
                // the run planned the digest and the process died before sending
                h.ledger.plan(DAILY, "daily:2026-11-23", List.of("fm18-zakharova-announcement"), Lang.EN, time.instant());
            }
            time.advance(Duration.ofMinutes(5));
            try (Harness h = new Harness(file(), time, sender)) {
                RunReport report = h.service.runDue(time.instant());
                h.service.runDue(time.instant().plusSeconds(600));

                assertEquals(1, report.resumed());
                assertEquals(0, report.due(), "the resumed digest is today's: nothing else is due");
                assertEquals(List.of("fm18-zakharova-announcement"), sender.factIdsSentTo(DAILY));
                assertEquals(Delivery.State.SENT, h.ledger.forChat(DAILY).get(0).state());
            }
        }

        @Test
        void aDigestSentButNotMarkedIsResentAtMostOnce() {
            FakeTime time = new FakeTime(MONDAY);
            RecordingSender sender = new RecordingSender(time);
            AtomicBoolean crash = new AtomicBoolean(true);
            try (Harness h = new Harness(file(), time, sender, org.rujp.bot.config.DigestSettings.defaults(),
                    () -> Harness.KNOWLEDGE, real -> new CrashingLedger(real, crash))) {
                subscribe(h, DAILY, Frequency.DAILY);
                h.tickUntil(Instant.parse("2026-11-23T07:00:00Z"), Duration.ofMinutes(30));
                assertEquals(1, sender.to(DAILY).size(), "sent, then the process 'died' before marking it");
                assertEquals(Delivery.State.PLANNED, h.ledger.forChat(DAILY).get(0).state());
            }
            try (Harness h = new Harness(file(), time, sender)) {
                h.tickUntil(Instant.parse("2026-11-23T20:00:00Z"), Duration.ofMinutes(30));
                assertEquals(2, sender.to(DAILY).size(), "resent once after the restart");
                assertEquals(sender.to(DAILY).get(0).html(), sender.to(DAILY).get(1).html(), "the same digest");
                Delivery d = h.ledger.forChat(DAILY).get(0);
                assertEquals(Delivery.State.SENT, d.state());
                assertEquals(2, d.attempts());
            }
        }

        @Test
        void aDigestInterruptedTwiceIsGivenUpAndItsFactsComeLater() {
            FakeTime time = new FakeTime(Instant.parse("2026-11-23T06:00:00Z"));
            RecordingSender sender = new RecordingSender(time);
            try (Harness h = new Harness(file(), time, sender)) {
                h.subscriptions.subscribe(DAILY, "private", Frequency.DAILY, Optional.empty(), Lang.EN, MONDAY);
                long id = h.ledger.plan(DAILY, "daily:2026-11-23", List.of("fm18-zakharova-announcement"), Lang.EN,
                        time.instant()).orElseThrow().id();
                h.ledger.beginAttempt(id, time.instant());
                h.ledger.beginAttempt(id, time.instant());

                RunReport report = h.service.runDue(time.instant());

                assertEquals(1, report.failed());
                assertEquals(Delivery.State.FAILED, h.ledger.forChat(DAILY).get(0).state());
                assertTrue(sender.sent.isEmpty());
                h.tickUntil(Instant.parse("2026-11-24T07:00:00Z"), Duration.ofHours(1));
                assertEquals(1, sender.to(DAILY).size(), "the next day's digest goes out as usual");
            }
        }
    }

    @Test
    void aChatThatBlockedTheBotIsUnsubscribedAndTheOthersStillGetTheirs() {
        FakeTime time = new FakeTime(MONDAY);
        RecordingSender sender = new RecordingSender(time).script(3, new SendOutcome.Forbidden("bot was blocked by the user"));
        try (Harness h = new Harness(file(), time, sender)) {
            subscribe(h, DAILY, Frequency.DAILY);
            subscribe(h, 3, Frequency.DAILY);
            time.set(Instant.parse("2026-11-23T06:00:00Z"));

            RunReport report = h.service.runDue(time.instant());

            assertEquals(1, report.sent());
            assertEquals(1, report.unsubscribed());
            assertFalse(h.subscriptions.get(3).orElseThrow().active());
            assertEquals(Delivery.State.UNSUBSCRIBED, h.ledger.forChat(3).get(0).state());
            h.tickUntil(Instant.parse("2026-11-26T00:00:00Z"), Duration.ofHours(1));
            assertEquals(List.of(3L), sender.attempts.stream().filter(c -> c == 3).toList(), "never tried again");
        }
    }

    @Test
    void retryAfterIsWaitedOutThenTheDigestIsDeliveredOnce() {
        FakeTime time = new FakeTime(MONDAY);
        RecordingSender sender = new RecordingSender(time).script(4, new SendOutcome.RetryAfter(7));
        try (Harness h = new Harness(file(), time, sender)) {
            subscribe(h, 4, Frequency.DAILY);
            time.set(Instant.parse("2026-11-23T06:00:00Z"));

            RunReport report = h.service.runDue(time.instant());

            assertTrue(time.sleeps.contains(Duration.ofSeconds(7)), "slept retry_after: " + time.sleeps);
            assertEquals(1, report.sent());
            assertEquals(1, sender.to(4).size());
            assertEquals(List.of(4L, 4L), sender.attempts);
            assertEquals(Delivery.State.SENT, h.ledger.forChat(4).get(0).state());
        }
    }

    /** A ledger whose markSent fails while {@code crash} is set, as if the process died right after sending. */
    private record CrashingLedger(DeliveryLedger real, AtomicBoolean crash) implements DeliveryLedger {
        @Override
        public Optional<Delivery> plan(long chatId, String digestKey, List<String> factIds, Lang lang, Instant at) {
            return real.plan(chatId, digestKey, factIds, lang, at);
        }

        @Override
        public boolean has(long chatId, String digestKey) {
            return real.has(chatId, digestKey);
        }

        @Override
        public List<Delivery> unfinished() {
            return crash.get() ? List.of() : real.unfinished(); // a dead process resumes nothing
        }

        @Override
        public int beginAttempt(long deliveryId, Instant at) {
            return real.beginAttempt(deliveryId, at);
        }

        @Override
        public void markSent(long deliveryId, Instant at, String knowledgeVersion) {
            if (crash.get()) {
                throw new StoreException("simulated crash before marking delivery " + deliveryId + " sent");
            }
            real.markSent(deliveryId, at, knowledgeVersion);
        }

        @Override
        public void markFailed(long deliveryId, Instant at, String error) {
            real.markFailed(deliveryId, at, error);
        }

        @Override
        public void markUnsubscribed(long deliveryId, Instant at, String error) {
            real.markUnsubscribed(deliveryId, at, error);
        }

        @Override
        public List<Delivery> forChat(long chatId) {
            return real.forChat(chatId);
        }
    }
}

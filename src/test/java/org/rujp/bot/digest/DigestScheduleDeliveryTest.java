package org.rujp.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
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
import org.rujp.bot.config.DigestSettings;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Delivery;
import org.rujp.bot.store.DeliveryLedger;
import org.rujp.bot.store.Frequency;
import org.rujp.bot.store.StoreException;
import org.slf4j.LoggerFactory;

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
        void aDigestInterruptedTwiceIsGivenUpAndItsFactsComeLater() {
            FakeTime time = new FakeTime(Instant.parse("2026-11-23T06:00:00Z"));
            RecordingSender sender = new RecordingSender(time);
            DigestSettings resend = DigestSettings.defaults().withUncertain(DigestSettings.Uncertain.RESEND);
            try (Harness h = new Harness(file(), time, sender, resend, () -> Harness.KNOWLEDGE, null, "replica-c pid 3")) {
                h.subscriptions.subscribe(DAILY, "private", Frequency.DAILY, Optional.empty(), Lang.EN, MONDAY);
                long id = h.ledger.plan(DAILY, "daily:2026-11-23", List.of("fm18-zakharova-announcement"), Lang.EN,
                        time.instant()).orElseThrow().id();
                // sent by replica a, which died; resent by replica b, which died too
                h.ledger.markSending(id, "replica-a pid 1", time.instant());
                h.ledger.markUncertain(id, time.instant(), "its sender stopped");
                h.ledger.planAgain(id, false);
                h.ledger.markSending(id, "replica-b pid 2", time.instant());

                RunReport report = h.service.runDue(time.instant());

                assertEquals(1, report.failed());
                assertEquals(1, report.uncertain());
                assertEquals(Delivery.State.FAILED, h.ledger.forChat(DAILY).get(0).state());
                assertTrue(sender.sent.isEmpty());
                h.tickUntil(Instant.parse("2026-11-24T07:00:00Z"), Duration.ofHours(1));
                assertEquals(1, sender.to(DAILY).size(), "the next day's digest goes out as usual");
            }
        }
    }

    /**
     * Replica a sends the 09:00 digest to three chats and dies right after Telegram accepted chat 2's, before
     * recording it; replica b takes over the same ledger.
     */
    @Nested
    class WhenTheSenderDiesWithADigestInFlight {
        static final long FIRST = 5_550_001;
        static final long CUT_OFF = 5_550_002;
        static final long NOT_YET = 5_550_003;
        final Instant nine = Instant.parse("2026-11-23T06:00:00Z");
        final FakeTime time = new FakeTime(nine);
        final RecordingSender sender = new RecordingSender(time);

        /** Replica a's run: chat 1 sent, chat 2 sent but not recorded (the process died), chat 3 never marked. */
        private void replicaASendsAndDies() {
            AtomicBoolean dead = new AtomicBoolean();
            try (Harness a = new Harness(file(), time, sender, DigestSettings.defaults(), () -> Harness.KNOWLEDGE,
                    real -> new DyingLedger(real, CUT_OFF, dead), "replica-a pid 1")) {
                for (long chat : List.of(FIRST, CUT_OFF, NOT_YET)) {
                    a.subscriptions.subscribe(chat, "private", Frequency.DAILY, Optional.empty(), Lang.EN, MONDAY);
                }
                a.service.runDue(time.instant());
                assertTrue(dead.get());
            }
            assertEquals(List.of(FIRST, CUT_OFF), sender.sent.stream().map(RecordingSender.Sent::chatId).toList(),
                    "Telegram accepted chat 1's and chat 2's digests");
        }

        @Test
        void theNextLeaderDoesNotSendTheCutOffDigestAgainButReportsItUncertain() {
            replicaASendsAndDies();
            ListAppender<ILoggingEvent> warnings = capture(UncertainDeliveries.class);
            time.advance(Duration.ofMinutes(1));
            try (Harness b = new Harness(file(), time, sender, DigestSettings.defaults(), () -> Harness.KNOWLEDGE, null,
                    "replica-b pid 2")) {
                RunReport report = b.service.runDue(time.instant());

                assertEquals(List.of(FIRST, CUT_OFF, NOT_YET), sender.sent.stream().map(RecordingSender.Sent::chatId).toList(),
                        "no chat got the digest twice; chat 3's went out");
                assertEquals(1, report.uncertain());
                assertEquals(1, report.resumed());
                assertEquals(1, report.sent());
                assertEquals(Delivery.State.SENT, b.ledger.forChat(FIRST).get(0).state());
                assertEquals(Delivery.State.SENT, b.ledger.forChat(NOT_YET).get(0).state());
                Delivery uncertain = b.ledger.forChat(CUT_OFF).get(0);
                assertEquals(Delivery.State.UNCERTAIN, uncertain.state());
                assertEquals(Optional.of("replica-a pid 1"), uncertain.sendingBy());
                assertEquals(List.of(uncertain.id()), b.ledger.uncertain().stream().map(Delivery::id).toList());
                assertEquals(List.of("skipped"), b.uncertainEvents);
                String warning = warnings.list.stream().filter(e -> e.getLevel() == Level.WARN)
                        .map(ILoggingEvent::getFormattedMessage).findFirst().orElseThrow();
                assertTrue(warning.contains("chat pseudonym " + b.ledger.chatPseudonym(CUT_OFF)), warning);
                assertFalse(warning.contains(Long.toString(CUT_OFF)), "never the raw chat id: " + warning);
                assertTrue(warning.contains("replica-a pid 1"), warning);

                b.service.runDue(time.instant().plusSeconds(600));
                assertEquals(3, sender.sent.size(), "a later run sends it neither");
            } finally {
                release(warnings, UncertainDeliveries.class);
            }
        }

        @Test
        void withResendTheNextLeaderSendsTheCutOffDigestAgain() {
            replicaASendsAndDies();
            time.advance(Duration.ofMinutes(1));
            DigestSettings resend = DigestSettings.defaults().withUncertain(DigestSettings.Uncertain.RESEND);
            try (Harness b = new Harness(file(), time, sender, resend, () -> Harness.KNOWLEDGE, null, "replica-b pid 2")) {
                RunReport report = b.service.runDue(time.instant());

                assertEquals(2, sender.to(CUT_OFF).size(), "at least once: sent again");
                assertEquals(sender.to(CUT_OFF).get(0).html(), sender.to(CUT_OFF).get(1).html(), "the same digest");
                assertEquals(1, sender.to(NOT_YET).size());
                assertEquals(1, sender.to(FIRST).size());
                assertEquals(1, report.uncertain());
                assertEquals(List.of("resent"), b.uncertainEvents);
                Delivery d = b.ledger.forChat(CUT_OFF).get(0);
                assertEquals(Delivery.State.SENT, d.state());
                assertEquals(2, d.attempts());
                assertEquals(Optional.of("replica-b pid 2"), d.sendingBy());
            }
        }

        @Test
        void theOperatorsResendSendsTheUncertainDigestOnceMore() {
            replicaASendsAndDies();
            time.advance(Duration.ofMinutes(1));
            try (Harness b = new Harness(file(), time, sender, DigestSettings.defaults(), () -> Harness.KNOWLEDGE, null,
                    "replica-b pid 2")) {
                b.service.runDue(time.instant());
                long id = b.ledger.uncertain().get(0).id();

                assertTrue(b.ledger.planAgain(id, true)); // what 'digest resend-uncertain' does
                b.service.runDue(time.instant().plusSeconds(60));

                assertEquals(2, sender.to(CUT_OFF).size());
                assertEquals(Delivery.State.SENT, b.ledger.forChat(CUT_OFF).get(0).state());
                assertTrue(b.ledger.uncertain().isEmpty());
            }
        }
    }

    @Test
    void aRetryAfterWaitLeavesTheDigestPlannedNotInFlight() {
        java.util.concurrent.atomic.AtomicReference<Harness> harness = new java.util.concurrent.atomic.AtomicReference<>();
        List<Delivery.State> duringWait = new java.util.concurrent.CopyOnWriteArrayList<>();
        FakeTime watching = new FakeTime(MONDAY) {
            @Override
            public void sleep(Duration duration) {
                if (duration.equals(Duration.ofSeconds(7))) {
                    duringWait.add(harness.get().ledger.forChat(4).get(0).state());
                }
                super.sleep(duration);
            }
        };
        RecordingSender sender = new RecordingSender(watching).script(4, new SendOutcome.RetryAfter(7));
        try (Harness h = new Harness(file(), watching, sender)) {
            harness.set(h);
            subscribe(h, 4, Frequency.DAILY);
            watching.set(Instant.parse("2026-11-23T06:00:00Z"));

            h.service.runDue(watching.instant());

            assertEquals(List.of(Delivery.State.PLANNED), duringWait,
                    "Telegram's 429 says nothing was delivered: a crash while waiting leaves it to resend, not uncertain");
            Delivery d = h.ledger.forChat(4).get(0);
            assertEquals(Delivery.State.SENT, d.state());
            assertEquals(1, d.attempts(), "the refused attempt is not counted");
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

    private static ListAppender<ILoggingEvent> capture(Class<?> source) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(source)).addAppender(appender);
        return appender;
    }

    private static void release(ListAppender<ILoggingEvent> appender, Class<?> source) {
        ((Logger) LoggerFactory.getLogger(source)).detachAppender(appender);
    }

    /**
     * A ledger over the real one, of a process that dies right after Telegram accepted the digest for chat
     * {@code dyingAt}: recording that fails, and from then on every write fails as a dead process writes nothing.
     */
    private record DyingLedger(DeliveryLedger real, long dyingAt, AtomicBoolean dead) implements DeliveryLedger {
        private void alive() {
            if (dead.get()) {
                throw new StoreException("the process is dead");
            }
        }

        @Override
        public Optional<Delivery> plan(long chatId, String digestKey, List<String> factIds, Lang lang, Instant at) {
            alive();
            return real.plan(chatId, digestKey, factIds, lang, at);
        }

        @Override
        public boolean has(long chatId, String digestKey) {
            return real.has(chatId, digestKey);
        }

        @Override
        public List<Delivery> unfinished() {
            return real.unfinished();
        }

        @Override
        public boolean markSending(long deliveryId, String sender, Instant at) {
            alive();
            return real.markSending(deliveryId, sender, at);
        }

        @Override
        public boolean releaseSending(long deliveryId, String sender) {
            alive();
            return real.releaseSending(deliveryId, sender);
        }

        @Override
        public void markSent(long deliveryId, Instant at, String knowledgeVersion) {
            alive();
            if (real.forChat(dyingAt).stream().anyMatch(d -> d.id() == deliveryId)) {
                dead.set(true);
                throw new StoreException("killed after Telegram accepted delivery " + deliveryId);
            }
            real.markSent(deliveryId, at, knowledgeVersion);
        }

        @Override
        public void markFailed(long deliveryId, Instant at, String error) {
            alive();
            real.markFailed(deliveryId, at, error);
        }

        @Override
        public void markUnsubscribed(long deliveryId, Instant at, String error) {
            alive();
            real.markUnsubscribed(deliveryId, at, error);
        }

        @Override
        public boolean markUncertain(long deliveryId, Instant at, String note) {
            alive();
            return real.markUncertain(deliveryId, at, note);
        }

        @Override
        public boolean planAgain(long deliveryId, boolean afresh) {
            alive();
            return real.planAgain(deliveryId, afresh);
        }

        @Override
        public List<Delivery> uncertain() {
            return real.uncertain();
        }

        @Override
        public List<Count> counts(Instant since) {
            return real.counts(since);
        }

        @Override
        public List<Delivery> forChat(long chatId) {
            return real.forChat(chatId);
        }

        @Override
        public String chatPseudonym(long chatId) {
            return real.chatPseudonym(chatId);
        }
    }
}

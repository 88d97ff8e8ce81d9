package org.rujp.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.config.DigestSettings;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.Delivery;
import org.rujp.bot.store.DeliveryLedger;
import org.rujp.bot.store.Frequency;
import org.rujp.bot.store.JdbcDeliveryLedger;
import org.rujp.bot.store.JdbcSubscriptionStore;
import org.rujp.bot.store.Subscription;
import org.rujp.bot.store.SubscriptionStore;

/** Telegram's limits: ~30 messages a second overall, 1 a second per chat, 20 a minute per group. */
class PacingTest {
    private static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");

    @TempDir
    Path dir;

    /** The most timestamps in any half-open window [t, t + window). */
    static int busiestWindow(List<Instant> times, Duration window) {
        List<Instant> sorted = new ArrayList<>(times);
        sorted.sort(null);
        int best = 0;
        int j = 0;
        for (int i = 0; i < sorted.size(); i++) {
            while (j < sorted.size() && sorted.get(j).isBefore(sorted.get(i).plus(window))) {
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }

    @Test
    void pacerKeepsUnder30ASecondOverallAndOneASecondPerChat() throws InterruptedException {
        FakeTime time = new FakeTime(T0);
        TokenBucketPacer pacer = new TokenBucketPacer(time, time, 30);
        Map<Long, List<Instant>> perChat = new HashMap<>();
        List<Instant> all = new ArrayList<>();
        // 100 chats, three messages each, the chats taking turns as concurrent workers would
        for (int m = 0; m < 3; m++) {
            for (long chat = 1; chat <= 100; chat++) {
                pacer.acquire(chat, false);
                all.add(time.instant());
                perChat.computeIfAbsent(chat, c -> new ArrayList<>()).add(time.instant());
            }
        }

        assertEquals(30, busiestWindow(all, Duration.ofSeconds(1)), "paced at the limit, not under it");
        perChat.values().forEach(times -> assertEquals(1, busiestWindow(times, Duration.ofSeconds(1))));
    }

    @Test
    void aChatWaitingForItsOwnLimitDoesNotHoldUpTheOthers() throws InterruptedException {
        FakeTime time = new FakeTime(T0);
        TokenBucketPacer pacer = new TokenBucketPacer(time, time, 30);
        pacer.acquire(1, false);
        pacer.acquire(1, false); // chat 1's second message waits a second
        Instant afterChat1 = time.instant();
        pacer.acquire(2, false);

        assertEquals(T0.plusSeconds(1), afterChat1);
        assertEquals(afterChat1.plusNanos(33_333_334), time.instant(), "chat 2 goes in the next overall slot");
    }

    @Test
    void aGroupGetsAtMost20MessagesAMinute() throws InterruptedException {
        FakeTime time = new FakeTime(T0);
        TokenBucketPacer pacer = new TokenBucketPacer(time, time, 30);
        List<Instant> group = new ArrayList<>();
        for (int m = 0; m < 45; m++) {
            pacer.acquire(-100, true);
            group.add(time.instant());
        }

        assertEquals(20, busiestWindow(group, Duration.ofMinutes(1)));
    }

    @Test
    void hundredChatsThroughTheServiceStayUnder30ASecondAndEachGetsOneDigest() {
        FakeTime time = new FakeTime(T0.minusSeconds(3600));
        DigestSettings settings = new DigestSettings("0 9 * * *", "0 9 * * MON", ZoneId.of("Europe/Moscow"), 3, 30);
        try (Harness h = new Harness(dir.resolve("bot.db"), time, new RecordingSender(time), settings, () -> Harness.KNOWLEDGE, null)) {
            for (long chat = 1; chat <= 100; chat++) {
                h.subscriptions.subscribe(chat, "private", Frequency.DAILY, Optional.empty(), Lang.EN, time.instant());
            }
            time.set(T0);

            RunReport report = h.service.runDue(T0);

            assertEquals(100, report.sent());
            List<Instant> times = h.sender.sent.stream().map(RecordingSender.Sent::at).toList();
            assertEquals(100, times.size());
            assertEquals(30, busiestWindow(times, Duration.ofSeconds(1)));
            for (long chat = 1; chat <= 100; chat++) {
                assertEquals(1, h.sender.to(chat).size(), "chat " + chat);
            }
        }
    }

    @Test
    void aSlowChatDoesNotDelayTheOthers() throws InterruptedException {
        try (Database db = Database.open(dir.resolve("bot.db"))) {
            CountDownLatch othersSent = new CountDownLatch(5);
            List<Long> order = new java.util.concurrent.CopyOnWriteArrayList<>();
            DigestSender sender = (chatId, html, buttons) -> {
                if (chatId == 1) {
                    try {
                        othersSent.await(20, TimeUnit.SECONDS); // stuck until every other chat got its digest
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    order.add(chatId);
                } else {
                    order.add(chatId); // before counting down: the slow chat may wake at once
                    othersSent.countDown();
                }
                return new SendOutcome.Sent();
            };
            Fixture f = new Fixture(db, sender, new DigestDelivery.Options(4, Duration.ofSeconds(30), 3), 6);

            DigestDelivery.Counts counts = f.deliver();

            assertEquals(new DigestDelivery.Counts(6, 0, 0, 0), counts);
            assertEquals(1L, order.get(order.size() - 1), "the slow chat finished last: " + order);
        }
    }

    @Test
    void aChatWhoseSendHangsIsRecordedUncertainAfterItsTimeoutAndTheOthersAreSent() {
        try (Database db = Database.open(dir.resolve("bot.db"))) {
            DigestSender sender = (chatId, html, buttons) -> {
                if (chatId == 1) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new SendOutcome.Failed("interrupted");
                    }
                }
                return new SendOutcome.Sent();
            };
            Fixture f = new Fixture(db, sender, new DigestDelivery.Options(2, Duration.ofMillis(300), 3), 4);

            DigestDelivery.Counts counts = f.deliver();

            assertEquals(new DigestDelivery.Counts(3, 0, 0, 1), counts);
            Delivery hung = f.ledger.forChat(1).get(0);
            assertEquals(Delivery.State.UNCERTAIN, hung.state(), "the request was on its way: it may have arrived");
            assertEquals(Optional.of(f.delivery.name()), hung.sendingBy());
            assertTrue(f.ledger.forChat(2).stream().allMatch(d -> d.state() == Delivery.State.SENT));
        }
    }

    /** Repeated: the cancel frees the worker, and a chat still queued must not start on it before the pool stops. */
    @RepeatedTest(25)
    void stoppingMidRunLeavesTheDigestOnItsWayUncertainAndTheOnesNotStartedPlanned() throws Exception {
        try (Database db = Database.open(dir.resolve("bot.db"))) {
            CountDownLatch inSend = new CountDownLatch(1);
            List<Long> asked = java.util.Collections.synchronizedList(new ArrayList<>());
            DigestSender sender = (chatId, html, buttons) -> {
                asked.add(chatId);
                if (chatId == 1) {
                    inSend.countDown();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new SendOutcome.Failed("interrupted");
                    }
                }
                return new SendOutcome.Sent();
            };
            Fixture f = new Fixture(db, sender, new DigestDelivery.Options(1, Duration.ofSeconds(30), 3), 3);
            java.util.concurrent.atomic.AtomicReference<DigestDelivery.Counts> counts = new java.util.concurrent.atomic.AtomicReference<>();
            Thread run = new Thread(() -> counts.set(f.deliver()), "digest-run");
            run.start();
            assertTrue(inSend.await(20, TimeUnit.SECONDS));

            run.interrupt(); // what the ticker's shutdown does
            run.join(20_000);

            assertEquals(new DigestDelivery.Counts(0, 2, 0, 1), counts.get());
            assertEquals(List.of(1L), asked, "no chat starts once stopping");
            assertEquals(Delivery.State.UNCERTAIN, f.ledger.forChat(1).get(0).state(), "it may have arrived");
            for (long chat : List.of(2L, 3L)) {
                Delivery d = f.ledger.forChat(chat).get(0);
                assertEquals(Delivery.State.PLANNED, d.state(), "never started: sent at the next run");
                assertEquals(0, d.attempts());
            }
        }
    }

    /** Planned deliveries for chats 1..n and a DigestDelivery on the real clock, sending fast. */
    private static final class Fixture {
        final DeliveryLedger ledger;
        final DigestDelivery delivery;
        final List<DigestDelivery.Job> jobs = new ArrayList<>();

        Fixture(Database db, DigestSender sender, DigestDelivery.Options options, int chats) {
            ledger = new JdbcDeliveryLedger(db);
            SubscriptionStore subs = new JdbcSubscriptionStore(db);
            Clock clock = Clock.systemUTC();
            delivery = new DigestDelivery(sender, ledger, subs, new TokenBucketPacer(clock, Sleeper.REAL, 1000), clock,
                    Sleeper.REAL, options);
            for (long chat = 1; chat <= chats; chat++) {
                Subscription sub = subs.subscribe(chat, "private", Frequency.DAILY, Optional.empty(), Lang.EN, T0);
                Delivery d = ledger.plan(chat, "daily:2026-11-23", List.of("f"), Lang.EN, T0).orElseThrow();
                jobs.add(new DigestDelivery.Job(d, sub, List.of(new DigestMessage("digest " + chat, List.of()))));
            }
        }

        DigestDelivery.Counts deliver() {
            return delivery.deliver(jobs, () -> "v1");
        }
    }
}

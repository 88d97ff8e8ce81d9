package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.knowledge.Lang;

/** The contract of the DeliveryLedger store, run against the SQLite file and against a real PostgreSQL server. */
abstract class DeliveryLedgerContract {
    /** Opens the store standing in for the SQLite file {@code file}: reopening the same file reopens the same store. */
    abstract Database open(Path file);

    private static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSameDigestCannotBePlannedTwiceForAChat() {
        try (Database db = open(dir.resolve("bot.db"))) {
            DeliveryLedger ledger = new JdbcDeliveryLedger(db);
            assertTrue(ledger.plan(1, "daily:2026-11-23", List.of("a", "b"), Lang.EN, T0).isPresent());
            assertTrue(ledger.plan(1, "daily:2026-11-23", List.of("c"), Lang.EN, T0).isEmpty());
            assertTrue(ledger.plan(2, "daily:2026-11-23", List.of("c"), Lang.EN, T0).isPresent(), "another chat may");
            assertTrue(ledger.has(1, "daily:2026-11-23"));
            assertFalse(ledger.has(1, "daily:2026-11-24"));
        }
    }

    @Test
    void plannedDeliveryIsUnfinishedUntilMarkedAndAttemptsAreCountedDurably() {
        Path file = dir.resolve("bot.db");
        long id;
        try (Database db = open(file)) {
            DeliveryLedger ledger = new JdbcDeliveryLedger(db);
            id = ledger.plan(1, "daily:2026-11-23", List.of("a", "b"), Lang.RU, T0).orElseThrow().id();
            assertTrue(ledger.markSending(id, "replica-a", T0));
        }
        try (Database db = open(file)) {
            DeliveryLedger ledger = new JdbcDeliveryLedger(db);
            Delivery d = ledger.unfinished().get(0);
            assertEquals(List.of("a", "b"), d.factIds());
            assertEquals(Lang.RU, d.lang());
            assertEquals(1, d.attempts());
            assertEquals(Delivery.State.SENDING, d.state());
            assertEquals(Optional.of("replica-a"), d.sendingBy());
            assertEquals(Optional.of(T0), d.attemptedAt());
            ledger.markSent(id, T0.plusSeconds(1), "v1");
            assertTrue(ledger.unfinished().isEmpty());
            assertEquals(Delivery.State.SENT, ledger.forChat(1).get(0).state());
            assertThrows(StoreException.class, () -> ledger.markSent(id, T0, "v1"), "a delivery is sent once");
        }
    }

    @Test
    void markingSentAdvancesTheChatsProgressInTheSameStep() {
        try (Database db = open(dir.resolve("bot.db"))) {
            DeliveryLedger ledger = new JdbcDeliveryLedger(db);
            DigestProgress progress = new JdbcDigestProgress(db);
            long first = ledger.plan(1, "daily:2026-11-23", List.of("a", "b"), Lang.EN, T0).orElseThrow().id();
            ledger.markSent(first, T0, "v1");
            long second = ledger.plan(1, "daily:2026-11-24", List.of("b", "c"), Lang.EN, T0).orElseThrow().id();
            ledger.markSent(second, T0.plusSeconds(86400), "v2");
            long failed = ledger.plan(1, "daily:2026-11-25", List.of("d"), Lang.EN, T0).orElseThrow().id();
            ledger.markFailed(failed, T0, "boom");
            ChatProgress chat = progress.of(1);
            assertEquals(Map.of("a", 1, "b", 2, "c", 1), chat.timesSent());
            assertEquals(Optional.of(T0.plusSeconds(86400)), chat.lastDigestAt());
            assertEquals(Optional.of("v2"), chat.knowledgeVersion());
            assertEquals(0, progress.of(2).timesSent().size());
        }
    }

    @Test
    void firstKnowledgeRegistrationIsTheBaselineAndLaterFactsAreNew() {
        try (Database db = open(dir.resolve("bot.db"))) {
            DigestProgress progress = new JdbcDigestProgress(db);
            assertEquals(2, progress.registerKnowledge(List.of("a", "b"), "v1", T0));
            assertEquals(1, progress.registerKnowledge(List.of("a", "b", "c"), "v2", T0.plusSeconds(60)));
            assertEquals(0, progress.registerKnowledge(List.of("a", "b", "c"), "v2", T0.plusSeconds(120)));
            assertEquals(Map.of("a", Instant.EPOCH, "b", Instant.EPOCH, "c", T0.plusSeconds(60)), progress.firstSeen());
        }
    }

    @Nested
    class TheInFlightMark {
        private static final String A = "replica-a pid 1";
        private static final String B = "replica-b pid 2";

        @Test
        void onlyOneSenderMarksAPlannedDeliveryInFlightAndTheMarkIsDurable() {
            Path file = dir.resolve("bot.db");
            long id;
            try (Database db = open(file)) {
                DeliveryLedger ledger = new JdbcDeliveryLedger(db);
                id = ledger.plan(1, "daily:2026-11-23", List.of("a"), Lang.EN, T0).orElseThrow().id();
                assertTrue(ledger.markSending(id, A, T0));
                assertFalse(ledger.markSending(id, B, T0.plusSeconds(1)), "B must not send what A has in flight");
                assertFalse(ledger.markSending(id, A, T0.plusSeconds(1)), "nor A twice");
            }
            try (Database db = open(file)) {
                Delivery d = new JdbcDeliveryLedger(db).unfinished().get(0);
                assertEquals(Delivery.State.SENDING, d.state());
                assertEquals(Optional.of(A), d.sendingBy());
                assertEquals(Optional.of(T0), d.attemptedAt());
                assertEquals(1, d.attempts());
            }
        }

        @Test
        void racingSendersNeverBothHoldADelivery() throws Exception {
            try (Database db = open(dir.resolve("bot.db"))) {
                DeliveryLedger ledger = new JdbcDeliveryLedger(db);
                List<Long> ids = new java.util.ArrayList<>();
                for (int chat = 1; chat <= 40; chat++) {
                    ids.add(ledger.plan(chat, "daily:2026-11-23", List.of("a"), Lang.EN, T0).orElseThrow().id());
                }
                java.util.concurrent.ConcurrentHashMap<Long, String> holders = new java.util.concurrent.ConcurrentHashMap<>();
                java.util.concurrent.atomic.AtomicInteger doubleHeld = new java.util.concurrent.atomic.AtomicInteger();
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<Thread> senders = new java.util.ArrayList<>();
                for (String sender : List.of(A, B, "replica-c pid 3")) {
                    Thread t = new Thread(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        for (long id : ids) {
                            if (ledger.markSending(id, sender, T0) && holders.putIfAbsent(id, sender) != null) {
                                doubleHeld.incrementAndGet();
                            }
                        }
                    });
                    t.start();
                    senders.add(t);
                }
                go.countDown();
                for (Thread t : senders) {
                    t.join(60_000);
                }
                assertEquals(0, doubleHeld.get());
                assertEquals(ids.size(), holders.size(), "every delivery is held by exactly one sender");
                for (Delivery d : ledger.unfinished()) {
                    assertEquals(Optional.of(holders.get(d.id())), d.sendingBy());
                    assertEquals(1, d.attempts());
                }
            }
        }

        @Test
        void aSenderReleasesOnlyItsOwnMarkAndTheRefusedAttemptIsUncounted() {
            try (Database db = open(dir.resolve("bot.db"))) {
                DeliveryLedger ledger = new JdbcDeliveryLedger(db);
                long id = ledger.plan(1, "daily:2026-11-23", List.of("a"), Lang.EN, T0).orElseThrow().id();
                assertTrue(ledger.markSending(id, A, T0));
                assertFalse(ledger.releaseSending(id, B));
                assertTrue(ledger.releaseSending(id, A));
                Delivery d = ledger.forChat(1).get(0);
                assertEquals(Delivery.State.PLANNED, d.state());
                assertEquals(0, d.attempts());
                assertFalse(ledger.releaseSending(id, A), "released once");
                assertTrue(ledger.markSending(id, B, T0.plusSeconds(7)), "planned again: any sender may take it");
            }
        }

        @Test
        void aDeliveryLeftInFlightBecomesUncertainOnceAndIsNotSentAgain() {
            try (Database db = open(dir.resolve("bot.db"))) {
                DeliveryLedger ledger = new JdbcDeliveryLedger(db);
                long id = ledger.plan(1, "daily:2026-11-23", List.of("a"), Lang.EN, T0).orElseThrow().id();
                assertFalse(ledger.markUncertain(id, T0, "never in flight"), "a planned delivery is not uncertain");
                ledger.markSending(id, A, T0);

                assertTrue(ledger.markUncertain(id, T0.plusSeconds(60), "its sender stopped"));

                assertFalse(ledger.markUncertain(id, T0.plusSeconds(61), "again"));
                assertTrue(ledger.unfinished().isEmpty(), "nothing to resume");
                assertEquals(List.of(id), ledger.uncertain().stream().map(Delivery::id).toList());
                Delivery d = ledger.uncertain().get(0);
                assertEquals(Delivery.State.UNCERTAIN, d.state());
                assertEquals(Optional.of(A), d.sendingBy(), "who left it in flight is kept");
                assertFalse(ledger.markSending(id, B, T0.plusSeconds(62)), "an uncertain delivery is never marked to send");
                assertTrue(ledger.plan(1, "daily:2026-11-23", List.of("b"), Lang.EN, T0).isEmpty(), "nor planned anew");
            }
        }

        @Test
        void anUncertainDeliveryIsPlannedAgainOnlyOnRequestKeepingOrResettingItsAttempts() {
            try (Database db = open(dir.resolve("bot.db"))) {
                DeliveryLedger ledger = new JdbcDeliveryLedger(db);
                long id = ledger.plan(1, "daily:2026-11-23", List.of("a"), Lang.EN, T0).orElseThrow().id();
                assertFalse(ledger.planAgain(id, false), "only an uncertain delivery is planned again");
                ledger.markSending(id, A, T0);
                ledger.markUncertain(id, T0, "its sender stopped");

                assertTrue(ledger.planAgain(id, false));
                assertEquals(Delivery.State.PLANNED, ledger.forChat(1).get(0).state());
                assertEquals(1, ledger.forChat(1).get(0).attempts(), "kept: a crash loop still ends");
                assertFalse(ledger.planAgain(id, false));

                ledger.markSending(id, B, T0);
                ledger.markUncertain(id, T0, "its sender stopped again");
                assertTrue(ledger.planAgain(id, true));
                assertEquals(0, ledger.forChat(1).get(0).attempts(), "the operator's resend counts afresh");
                assertTrue(ledger.markSending(id, A, T0));
            }
        }

        @Test
        void aLateAnswerTurnsUncertainIntoSentAndAFinishedDeliveryNeverChanges() {
            try (Database db = open(dir.resolve("bot.db"))) {
                DeliveryLedger ledger = new JdbcDeliveryLedger(db);
                long id = ledger.plan(1, "daily:2026-11-23", List.of("a"), Lang.EN, T0).orElseThrow().id();
                ledger.markSending(id, A, T0);
                ledger.markUncertain(id, T0, "timed out while a message was on its way");

                ledger.markSent(id, T0.plusSeconds(2), "v1");

                assertEquals(Delivery.State.SENT, ledger.forChat(1).get(0).state());
                assertEquals(Map.of("a", 1), new JdbcDigestProgress(db).of(1).timesSent());
                assertThrows(StoreException.class, () -> ledger.markFailed(id, T0, "late"));
                assertThrows(StoreException.class, () -> ledger.markUnsubscribed(id, T0, "late"));
                assertFalse(ledger.markUncertain(id, T0, "late"));
                assertFalse(ledger.planAgain(id, true));
                assertEquals(Delivery.State.SENT, ledger.forChat(1).get(0).state());
            }
        }

        @Test
        void countsTellEachDigestsDeliveriesByState() {
            try (Database db = open(dir.resolve("bot.db"))) {
                DeliveryLedger ledger = new JdbcDeliveryLedger(db);
                ledger.plan(9, "daily:2026-11-22", List.of("a"), Lang.EN, T0.minusSeconds(86400));
                long sent = ledger.plan(1, "daily:2026-11-23", List.of("a"), Lang.EN, T0).orElseThrow().id();
                long left = ledger.plan(2, "daily:2026-11-23", List.of("a"), Lang.EN, T0).orElseThrow().id();
                ledger.plan(3, "daily:2026-11-23", List.of("a"), Lang.EN, T0);
                ledger.markSending(sent, A, T0);
                ledger.markSent(sent, T0, "v1");
                ledger.markSending(left, A, T0);
                ledger.markUncertain(left, T0, "its sender stopped");

                assertEquals(List.of(new DeliveryLedger.Count("daily:2026-11-23", Delivery.State.PLANNED, 1),
                                new DeliveryLedger.Count("daily:2026-11-23", Delivery.State.SENT, 1),
                                new DeliveryLedger.Count("daily:2026-11-23", Delivery.State.UNCERTAIN, 1)),
                        ledger.counts(T0.minusSeconds(60)));
                assertEquals(4, ledger.counts(Instant.EPOCH).stream().mapToInt(DeliveryLedger.Count::deliveries).sum());
            }
        }

        @Test
        void aChatsPseudonymIsTheConversationLogsHashNotItsId() {
            Path file = dir.resolve("bot.db");
            String first;
            try (Database db = open(file)) {
                DeliveryLedger ledger = new JdbcDeliveryLedger(db);
                first = ledger.chatPseudonym(424242);
                assertTrue(first.matches("[0-9a-f]{16}"), first);
                assertFalse(first.contains("424242"));
                assertTrue(new JdbcConversationLog(db, true).storedId("telegram", "424242").startsWith(first),
                        "the same hash the conversation log and export hold");
                assertFalse(first.equals(ledger.chatPseudonym(424243)));
            }
            try (Database db = open(file)) {
                assertEquals(first, new JdbcDeliveryLedger(db).chatPseudonym(424242), "stable across processes");
            }
        }
    }

    @Test
    void migrationCreatesTheDigestTables() {
        try (Database db = open(dir.resolve("bot.db"))) {
            assertTrue(db.version() >= 2);
        }
    }
}

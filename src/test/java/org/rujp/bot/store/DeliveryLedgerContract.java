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
            assertEquals(1, ledger.beginAttempt(id, T0));
        }
        try (Database db = open(file)) {
            DeliveryLedger ledger = new JdbcDeliveryLedger(db);
            Delivery d = ledger.unfinished().get(0);
            assertEquals(List.of("a", "b"), d.factIds());
            assertEquals(Lang.RU, d.lang());
            assertEquals(1, d.attempts());
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

    @Test
    void migrationCreatesTheDigestTables() {
        try (Database db = open(dir.resolve("bot.db"))) {
            assertTrue(db.version() >= 2);
        }
    }
}

package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteUpdateLedgerTest {
    private static final Instant NOW = Instant.parse("2024-05-01T00:00:00Z");

    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void anUpdateIsClaimedOnceEvenAcrossReopening() {
        Path file = dir.resolve("bot.db");
        try (Database db = Database.open(file)) {
            SqliteUpdateLedger ledger = new SqliteUpdateLedger(db, Clock.fixed(NOW, ZoneOffset.UTC));
            assertTrue(ledger.claim(100));
            assertFalse(ledger.claim(100));
        }
        try (Database db = Database.open(file)) {
            SqliteUpdateLedger ledger = new SqliteUpdateLedger(db, Clock.fixed(NOW, ZoneOffset.UTC));
            assertFalse(ledger.claim(100));
            assertTrue(ledger.claim(101));
            assertEquals(OptionalLong.of(101), ledger.lastUpdateId());
        }
    }

    @Test
    void aNewLedgerHasNoLastUpdateAndTheLastIsTheHighestNotTheLatest() {
        try (Database db = Database.open(dir.resolve("bot.db"))) {
            SqliteUpdateLedger ledger = new SqliteUpdateLedger(db, Clock.fixed(NOW, ZoneOffset.UTC));
            assertEquals(OptionalLong.empty(), ledger.lastUpdateId());
            ledger.claim(500);
            ledger.claim(499);
            assertEquals(OptionalLong.of(500), ledger.lastUpdateId());
        }
    }

    @Test
    void concurrentClaimsOfTheSameUpdateHaveExactlyOneWinner() throws Exception {
        try (Database db = Database.open(dir.resolve("bot.db"))) {
            SqliteUpdateLedger ledger = new SqliteUpdateLedger(db, Clock.fixed(NOW, ZoneOffset.UTC));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            ConcurrentLinkedQueue<Boolean> results = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 8; i++) {
                pool.submit(() -> {
                    start.await();
                    results.add(ledger.claim(7));
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
            assertEquals(1, results.stream().filter(b -> b).count());
            assertEquals(8, results.size());
        }
    }

    @Test
    void handledIdsOlderThan48HoursArePrunedButTheLastIdIsKept() {
        try (Database db = Database.open(dir.resolve("bot.db"))) {
            MutableClock clock = new MutableClock(NOW);
            SqliteUpdateLedger ledger = new SqliteUpdateLedger(db, clock);
            ledger.claim(1);
            clock.now = NOW.plus(Duration.ofHours(47));
            ledger.claim(2);
            clock.now = NOW.plus(Duration.ofHours(49));

            assertEquals(1, ledger.prune());

            assertTrue(ledger.claim(1), "a pruned id is no longer remembered");
            assertFalse(ledger.claim(2), "a recent id still is");
            assertEquals(OptionalLong.of(2), ledger.lastUpdateId());
        }
    }

    @Test
    void claimingPrunesByItselfOnceAnHourPasses() {
        try (Database db = Database.open(dir.resolve("bot.db"))) {
            MutableClock clock = new MutableClock(NOW);
            SqliteUpdateLedger ledger = new SqliteUpdateLedger(db, clock);
            ledger.claim(1);
            clock.now = NOW.plus(Duration.ofDays(3));

            ledger.claim(2);

            assertTrue(ledger.claim(1), "claiming 2 pruned the three-day-old id 1");
        }
    }
}

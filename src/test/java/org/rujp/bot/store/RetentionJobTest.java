package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionJobTest {
    private static final Instant NOW = Instant.parse("2024-05-01T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aRunDeletesTurnsOlderThanTheRetentionByTheInjectedClock() {
        try (Database db = Database.open(dir.resolve("bot.db"))) {
            JdbcConversationLog log = new JdbcConversationLog(db, true);
            log.record(Turns.turn(NOW.minus(Duration.ofDays(91)), "cli", "a", Turns.answered("too old")));
            log.record(Turns.turn(NOW.minus(Duration.ofDays(89)), "cli", "a", Turns.answered("recent")));
            RetentionJob job = new RetentionJob(log::purgeOlderThan, Duration.ofDays(90), Clock.fixed(NOW, ZoneOffset.UTC));

            assertEquals(1, job.runOnce());

            assertEquals(List.of("recent"), log.turns(Optional.empty()).stream().map(LoggedTurn::question).toList());
        }
    }

    @Test
    void aFailedRunIsLoggedAndReportedWithoutThrowing() {
        RetentionJob job = new RetentionJob(cutoff -> {
            throw new StoreException("bot.db: deleting turns past retention failed: database is locked");
        }, Duration.ofDays(1), Clock.fixed(NOW, ZoneOffset.UTC));

        assertEquals(-1, job.runOnce());
    }

    @Test
    void theScheduleRunsAtStartAndKeepsRunningAfterAFailure() throws Exception {
        List<Instant> cutoffs = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch threeRuns = new CountDownLatch(3);
        RetentionJob.Purge purge = cutoff -> {
            try {
                if (calls.incrementAndGet() == 1) {
                    throw new StoreException("first run fails");
                }
                cutoffs.add(cutoff);
                return 0;
            } finally {
                threeRuns.countDown();
            }
        };
        try (RetentionJob job = new RetentionJob(purge, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(5))) {
            job.start();
            assertTrue(threeRuns.await(30, TimeUnit.SECONDS), "runs after the failed first one");
        }
        assertEquals(NOW.minus(Duration.ofDays(30)), cutoffs.get(0));
    }

    @Test
    void aNonPositiveRetentionIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetentionJob(cutoff -> 0, Duration.ZERO, Clock.systemUTC()));
    }
}

package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completions written in batches off the answering threads, on the SQLite inbox and the PostgreSQL one. */
class QueuedInboxTest {
    private static final Instant NOW = Instant.parse("2024-05-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    abstract static class OnADatabase {
        @TempDir
        Path dir;
        Database db;
        JdbcInbox stored;
        UpdateInboxContractTest.MutableClock clock = new UpdateInboxContractTest.MutableClock(NOW);

        abstract Database openAt(Path file);

        @BeforeEach
        void open() {
            db = openAt(dir.resolve("bot.db"));
            stored = new JdbcInbox(db, clock);
        }

        @AfterEach
        void close() {
            db.close();
        }

        /** The process starts again on the same database. */
        JdbcInbox reopened() {
            db.close();
            db = openAt(dir.resolve("bot.db"));
            return new JdbcInbox(db, clock);
        }

        private List<Long> receiveAndClaim(int n) {
            List<UpdateInbox.Received> burst = new ArrayList<>();
            for (long id = 1; id <= n; id++) {
                burst.add(new UpdateInbox.Received(id, 1_000 + id, "{}"));
            }
            return stored.receiveAll(burst, "w/1", LEASE).stream().filter(r -> r.claim().isPresent())
                    .map(UpdateInbox.Receipt::updateId).toList();
        }

        @Test
        void completionsFromManyWorkersAtOnceShareTransactionsAndAreAllDoneAfterClosing() throws Exception {
            int n = 200;
            List<Long> ids = receiveAndClaim(n);
            assertEquals(n, ids.size());
            QueuedInbox queued = new QueuedInbox(stored, QueuedInbox.DEFAULT_BATCH);
            long before = db.commits();
            ExecutorService workers = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> all = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int worker = w;
                all.add(workers.submit(() -> {
                    go.await();
                    for (int i = worker; i < n; i += 8) {
                        queued.finish(ids.get(i), "answered");
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : all) {
                f.get();
            }
            workers.shutdown();

            queued.close();

            long transactions = db.commits() - before;
            assertTrue(transactions < n / 2, n + " completions took " + transactions + " transactions");
            JdbcInbox after = reopened();
            assertTrue(after.unfinished(n).isEmpty());
            clock.now = NOW.plus(LEASE).plusSeconds(1);
            assertTrue(ids.stream().allMatch(id -> after.claim(id, "w/2", LEASE).isEmpty()), "every one is done");
        }

        @Test
        void anUpdateWhoseCompletionWasNotWrittenBeforeACrashIsClaimedAgainAfterItsLeaseWithItsReplyStillSent() {
            stored.receive(10, 1, "{\"update_id\":10}");
            QueuedInbox dying = new QueuedInbox(stored, QueuedInbox.DEFAULT_BATCH, false); // its writer never runs
            dying.claim(10, "host-a/1", LEASE).orElseThrow();
            dying.recordSent(10, 1);
            dying.finish(10, "answered");
            dying.close(); // the process is gone: nothing queued was written

            JdbcInbox restarted = reopened();
            assertTrue(restarted.unfinished(10).isEmpty(), "still claimed by the process that died");
            assertTrue(restarted.claim(10, "host-b/1", LEASE).isEmpty());

            clock.now = NOW.plus(LEASE).plusSeconds(1);

            UpdateInbox.Pending again = restarted.claim(10, "host-b/1", LEASE).orElseThrow();
            assertEquals(2, again.attempts());
            assertEquals(1, again.sent(), "the message already sent is not sent again");
        }

        @Test
        void theNextUpdateOfAChatIsClaimedRightAfterTheOneBeforeItWasFinished() {
            int n = 100;
            for (long id = 1; id <= n; id++) {
                stored.receive(id, 7, "{}");
            }
            try (QueuedInbox queued = new QueuedInbox(stored, QueuedInbox.DEFAULT_BATCH)) {
                for (long id = 1; id <= n; id++) {
                    assertTrue(queued.claim(id, "w/1", LEASE).isPresent(), "update " + id + " after " + (id - 1) + " was finished");
                    queued.finish(id, "answered");
                }
            }
            assertTrue(stored.unfinished(n).isEmpty());
        }

        @Test
        void whileTheWorkersAreBusyCompletionsAreHeldAndWrittenTogetherWhenTheyGoIdle() throws Exception {
            List<Long> ids = receiveAndClaim(10);
            java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean(true);
            try (QueuedInbox queued = new QueuedInbox(stored, QueuedInbox.DEFAULT_BATCH)) {
                queued.holdWhile(busy::get);
                long before = db.commits();
                for (long id : ids) {
                    queued.finish(id, "answered");
                }
                Thread.sleep(200);
                assertEquals(10, queued.backlog(), "held while the workers answer");
                assertEquals(before, db.commits());

                busy.set(false);
                queued.workersIdle();

                awaitWritten(queued);
                assertEquals(before + 1, db.commits(), "the ten in one transaction");
                assertTrue(stored.unfinished(10).isEmpty());
            }
        }

        @Test
        void aFullBatchIsWrittenEvenWhileTheWorkersAreBusy() throws Exception {
            List<Long> ids = receiveAndClaim(8);
            try (QueuedInbox queued = new QueuedInbox(stored, 4)) {
                queued.holdWhile(() -> true);
                long before = db.commits();
                for (long id : ids) {
                    queued.finish(id, "answered");
                }
                awaitWritten(queued);
                assertEquals(before + 2, db.commits(), "two full batches of four");
            }
        }

        private static void awaitWritten(QueuedInbox queued) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (queued.backlog() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(0, queued.backlog(), "written without anyone waiting for it");
        }

        @Test
        void releasingClaimsFirstWritesTheCompletionsQueuedSoAnUpdateDoneIsNotHandedOutAgain() {
            List<Long> ids = receiveAndClaim(20);
            try (QueuedInbox queued = new QueuedInbox(stored, QueuedInbox.DEFAULT_BATCH)) {
                queued.holdWhile(() -> true); // the workers are busy: nothing is written unless someone waits for it
                for (long id : ids) {
                    queued.finish(id, "answered");
                }

                assertEquals(0, queued.releaseClaims("w/"));

                assertTrue(queued.unfinished(20).isEmpty(), "every one was done, none is handed out again");
            }
        }

        @Test
        void aCompletionAfterClosingIsWrittenAtOnce() {
            stored.receive(10, 1, "a");
            QueuedInbox queued = new QueuedInbox(stored, QueuedInbox.DEFAULT_BATCH);
            queued.claim(10, "w/1", LEASE).orElseThrow();
            queued.close();

            queued.finish(10, "answered");

            clock.now = NOW.plus(LEASE).plusSeconds(1);
            assertTrue(reopened().claim(10, "w/2", LEASE).isEmpty());
        }
    }

    @Nested
    class InSqlite extends OnADatabase {
        @Override
        Database openAt(Path file) {
            return Database.open(file);
        }
    }

    @Nested
    class InPostgres extends OnADatabase {
        @Override
        Database openAt(Path file) {
            return TestPostgres.open(file);
        }
    }
}

package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes on one PostgreSQL store: each opens its own {@link Database} (its own pool), as replicas do. */
class ReplicasOnPostgresTest {
    private static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void replicasClaimingTogetherDoEachUpdateOnceAndEachChatInOrder() throws Exception {
        Path anchor = dir.resolve("shared.db");
        int chats = 20;
        int updates = 300;
        List<Database> replicas = List.of(TestPostgres.open(anchor), TestPostgres.open(anchor), TestPostgres.open(anchor));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<JdbcInbox> inboxes = replicas.stream().map(db -> new JdbcInbox(db, Clock.systemUTC())).toList();
            for (int id = 1; id <= updates; id++) {
                inboxes.get(id % 3).receive(id, 1000 + id % chats, "u" + id);
            }
            Map<Long, AtomicInteger> done = new ConcurrentHashMap<>();
            List<Long> order = new CopyOnWriteArrayList<>();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                JdbcInbox inbox = inboxes.get(w % 3);
                String worker = "replica" + (w % 3) + "/w" + w;
                workers.add(pool.submit(() -> {
                    while (done.size() < updates) {
                        List<UpdateInbox.Pending> open = inbox.unfinished(50);
                        for (UpdateInbox.Pending p : open) {
                            Optional<UpdateInbox.Pending> claim = inbox.claim(p.updateId(), worker, LEASE);
                            if (claim.isPresent()) {
                                order.add(p.updateId());
                                done.computeIfAbsent(p.updateId(), k -> new AtomicInteger()).incrementAndGet();
                                inbox.finish(p.updateId(), "answered");
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
            assertEquals(updates, done.size());
            assertTrue(done.values().stream().allMatch(n -> n.get() == 1), "an update was done twice: " + done);
            for (int chat = 0; chat < chats; chat++) {
                int c = chat;
                List<Long> ofChat = order.stream().filter(id -> id % chats == c).toList();
                List<Long> sorted = new ArrayList<>(ofChat);
                Collections.sort(sorted);
                assertEquals(sorted, ofChat, "chat " + (1000 + chat) + " was done out of order");
            }
        } finally {
            pool.shutdownNow();
            replicas.forEach(Database::close);
        }
    }

    @Test
    void aKilledReplicasClaimLapsesAndAnotherReplicaTakesTheUpdateOver() {
        Path anchor = dir.resolve("lease.db");
        UpdateInboxContractTest.MutableClock clock = new UpdateInboxContractTest.MutableClock(Instant.parse("2024-05-01T00:00:00Z"));
        try (Database a = TestPostgres.open(anchor); Database b = TestPostgres.open(anchor)) {
            JdbcInbox dead = new JdbcInbox(a, clock);
            JdbcInbox alive = new JdbcInbox(b, clock);
            dead.receive(1, 7, "first");
            dead.receive(2, 7, "second");
            assertTrue(dead.claim(1, "host:8081/x", LEASE).isPresent());
            dead.recordSent(1, 1);
            // the replica is killed here: no finish

            assertTrue(alive.claim(1, "host:8082/y", LEASE).isEmpty(), "the lease is still live");
            assertTrue(alive.claim(2, "host:8082/y", LEASE).isEmpty(), "the chat's earlier update is open");

            clock.now = clock.now.plus(LEASE).plusSeconds(1);
            UpdateInbox.Pending taken = alive.claim(1, "host:8082/y", LEASE).orElseThrow();
            assertEquals(1, taken.sent(), "what the killed replica sent is not sent again");
            alive.finish(1, "answered");
            assertTrue(alive.claim(2, "host:8082/y", LEASE).isPresent());
        }
    }

    @Test
    void oneReplicaHoldsARoleAndAnotherTakesItOverWhenItsSessionEnds() {
        Path anchor = dir.resolve("leader.db");
        try (Database a = TestPostgres.open(anchor); Database b = TestPostgres.open(anchor);
             LeaderLock first = LeaderLock.of(a, "digest-sender"); LeaderLock second = LeaderLock.of(b, "digest-sender");
             LeaderLock otherRole = LeaderLock.of(b, "poller")) {
            assertTrue(first.tryHold());
            assertTrue(first.tryHold(), "holding it again is still holding it");
            assertFalse(second.tryHold());
            assertTrue(otherRole.tryHold(), "another role is another lock");

            // The holder dies without a word: the server ends its session (as when the process is killed).
            int ended = b.query("ending the holder's session", c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE application_name = 'rujp-bot leader lock' AND pid <> pg_backend_pid()"
                        + " AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
                        + " AND objid = hashtext('digest-sender')::oid)")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(1, ended);
            assertTrue(second.tryHold(), "the role passed to the other replica");
            assertFalse(first.tryHold(), "the first replica found its session gone and the role taken");
        }
    }
}

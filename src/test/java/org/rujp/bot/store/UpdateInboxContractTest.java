package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.telegram.InMemoryInbox;

/** One specification of the update inbox, run against the SQLite inbox, the PostgreSQL one and the in-memory one. */
class UpdateInboxContractTest {
    private static final Instant NOW = Instant.parse("2024-05-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    /** A clock the test moves by hand. */
    static final class MutableClock extends java.time.Clock {
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
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }


    abstract static class Contract {
        MutableClock clock = new MutableClock(NOW);
        UpdateInbox inbox;

        abstract UpdateInbox create();

        @BeforeEach
        void open() {
            inbox = create();
        }

        @Test
        void anUpdateIsReceivedOnce() {
            assertTrue(inbox.receive(10, 1, "{\"update_id\":10}"));
            assertFalse(inbox.receive(10, 1, "{\"update_id\":10}"));
            assertEquals(OptionalLong.of(10), inbox.lastUpdateId());
        }

        @Test
        void aClaimedUpdateCannotBeClaimedByAnotherWorkerUntilItsLeaseLapses() {
            inbox.receive(10, 1, "a");
            assertTrue(inbox.claim(10, "host-a/1", LEASE).isPresent());
            assertTrue(inbox.claim(10, "host-b/1", LEASE).isEmpty());
            assertTrue(inbox.unfinished(10).isEmpty(), "a live claim is nobody else's work");

            clock.now = NOW.plus(LEASE).plusSeconds(1);

            assertEquals(List.of(10L), inbox.unfinished(10).stream().map(UpdateInbox.Pending::updateId).toList());
            UpdateInbox.Pending again = inbox.claim(10, "host-b/1", LEASE).orElseThrow();
            assertEquals(2, again.attempts());
        }

        @Test
        void theUpdatesOfOneChatAreClaimedOnlyInOrder() {
            inbox.receive(10, 1, "first");
            inbox.receive(11, 1, "second");
            inbox.receive(12, 2, "other chat");

            assertTrue(inbox.claim(11, "w/1", LEASE).isEmpty(), "10 of the same chat is not done");
            assertTrue(inbox.claim(12, "w/1", LEASE).isPresent(), "another chat is not held up");
            assertTrue(inbox.claim(10, "w/1", LEASE).isPresent());
            inbox.finish(10, "answered");
            assertEquals("second", inbox.claim(11, "w/1", LEASE).orElseThrow().payload());
        }

        @Test
        void messagesRecordedAsSentAreReportedToTheNextAttempt() {
            inbox.receive(10, 1, "a");
            inbox.claim(10, "w/1", LEASE);
            inbox.recordSent(10, 1);
            inbox.recordSent(10, 2);
            inbox.recordSent(10, 1);
            inbox.recordTurn(10, 77);
            inbox.releaseClaims("w/");

            UpdateInbox.Pending again = inbox.claim(10, "w/2", LEASE).orElseThrow();
            assertEquals(2, again.sent());
            assertEquals(77, again.turnId());
        }

        @Test
        void aFinishedUpdateIsNeitherClaimedNorReceivedAgain() {
            inbox.receive(10, 1, "a");
            inbox.claim(10, "w/1", LEASE);
            inbox.finish(10, "answered");

            assertTrue(inbox.claim(10, "w/1", LEASE).isEmpty());
            assertTrue(inbox.unfinished(10).isEmpty());
            assertFalse(inbox.receive(10, 1, "a"));
        }

        @Test
        void aBatchReceivedIsStoredOnceAndItsReadyUpdatesAreClaimedForTheWorker() {
            inbox.receive(5, 3, "earlier in chat 3");
            inbox.receive(10, 1, "seen before");

            List<UpdateInbox.Receipt> receipts = inbox.receiveAll(List.of(
                    new UpdateInbox.Received(10, 1, "seen before"),
                    new UpdateInbox.Received(11, 2, "first of chat 2"),
                    new UpdateInbox.Received(12, 2, "second of chat 2"),
                    new UpdateInbox.Received(13, 3, "chat 3 has 5 open"),
                    new UpdateInbox.Received(14, 4, "alone")), "w/1", LEASE);

            assertEquals(List.of(10L, 11L, 12L, 13L, 14L), receipts.stream().map(UpdateInbox.Receipt::updateId).toList());
            assertEquals(List.of(false, true, true, true, true), receipts.stream().map(UpdateInbox.Receipt::fresh).toList());
            assertEquals(List.of(false, true, false, false, true), receipts.stream().map(r -> r.claim().isPresent()).toList());
            UpdateInbox.Pending claimed = receipts.get(1).claim().orElseThrow();
            assertEquals(new UpdateInbox.Pending(11, "first of chat 2", 1, 0, 0), claimed);
            assertTrue(inbox.claim(11, "host-b/1", LEASE).isEmpty(), "claimed for w/1 when stored");
            assertEquals(List.of(5L, 10L, 12L, 13L), inbox.unfinished(10).stream().map(UpdateInbox.Pending::updateId).toList(),
                    "the ones stored but not claimed wait in the inbox");
            assertEquals(OptionalLong.of(14), inbox.lastUpdateId());
        }

        @Test
        void aBatchReceivedWithoutAWorkerIsOnlyStored() {
            List<UpdateInbox.Receipt> receipts = inbox.receiveAll(List.of(new UpdateInbox.Received(10, 1, "a")), null, LEASE);

            assertTrue(receipts.get(0).fresh());
            assertTrue(receipts.get(0).claim().isEmpty());
            assertTrue(inbox.claim(10, "w/1", LEASE).isPresent());
        }

        @Test
        void updatesFinishedTogetherAreEachDoneAndTheirChatsGoOn() {
            inbox.receive(10, 1, "a");
            inbox.receive(11, 2, "b");
            inbox.receive(12, 1, "after a");
            inbox.claim(10, "w/1", LEASE);
            inbox.claim(11, "w/1", LEASE);

            inbox.finishAll(List.of(new UpdateInbox.Finished(10, "answered"), new UpdateInbox.Finished(11, "command")));

            assertTrue(inbox.claim(10, "w/1", LEASE).isEmpty());
            assertTrue(inbox.claim(11, "w/1", LEASE).isEmpty());
            assertEquals(List.of(12L), inbox.unfinished(10).stream().map(UpdateInbox.Pending::updateId).toList());
            assertTrue(inbox.claim(12, "w/1", LEASE).isPresent());
        }

        @Test
        void releasingANodesClaimsHandsItsUnfinishedUpdatesOutAgainAndLeavesOtherNodesAlone() {
            inbox.receive(10, 1, "a");
            inbox.receive(11, 2, "b");
            inbox.claim(10, "host-a/old", LEASE);
            inbox.claim(11, "host-b/1", LEASE);

            assertEquals(1, inbox.releaseClaims("host-a/"));

            assertEquals(List.of(10L), inbox.unfinished(10).stream().map(UpdateInbox.Pending::updateId).toList());
        }
    }

    /** The inbox on a database: what the in-memory one cannot show (surviving a restart, pruning, what is stored). */
    abstract class Stored extends Contract {
        @TempDir
        Path dir;
        Database db;

        abstract Database openAt(Path file);

        @Override
        UpdateInbox create() {
            db = openAt(dir.resolve("bot.db"));
            return new JdbcInbox(db, clock);
        }

        @AfterEach
        void close() {
            db.close();
        }

        @Test
        void whatWasReceivedSurvivesReopeningTheFile() {
            inbox.receive(10, 1, "{\"update_id\":10}");
            inbox.claim(10, "w/1", LEASE);
            inbox.recordSent(10, 1);
            db.close();

            db = openAt(dir.resolve("bot.db"));
            inbox = new JdbcInbox(db, clock);
            inbox.releaseClaims("w/");

            UpdateInbox.Pending p = inbox.unfinished(10).get(0);
            assertEquals("{\"update_id\":10}", p.payload());
            assertEquals(1, p.sent());
            assertEquals(OptionalLong.of(10), inbox.lastUpdateId());
        }

        @Test
        void theLaneIsAKeyedHashNotTheChatIdAndTheTextIsDroppedWhenDone() {
            inbox.receive(10, 987654321L, "{\"text\":\"secret question\"}");
            inbox.claim(10, "w/1", LEASE);
            inbox.finish(10, "answered");

            String row = db.query("reading", c -> {
                try (var s = c.prepareStatement("SELECT lane || '|' || coalesce(payload, '') FROM inbox"); var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertFalse(row.contains("987654321"), row);
            assertFalse(row.contains("secret question"), row);
        }

        @Test
        void aBatchIsStoredAndClaimedInOneTransactionAndFinishedInAnother() {
            List<UpdateInbox.Received> burst = new java.util.ArrayList<>();
            for (long id = 100; id < 150; id++) {
                burst.add(new UpdateInbox.Received(id, id, "{}"));
            }
            inbox.receive(1, 1, "{}"); // the first receipt after opening also prunes, in a transaction of its own
            long before = db.commits();

            List<UpdateInbox.Receipt> receipts = inbox.receiveAll(burst, "w/1", LEASE);
            assertEquals(before + 1, db.commits());
            assertTrue(receipts.stream().allMatch(r -> r.claim().isPresent()));

            inbox.finishAll(receipts.stream().map(r -> new UpdateInbox.Finished(r.updateId(), "answered")).toList());
            assertEquals(before + 2, db.commits());
            assertEquals(List.of(1L), inbox.unfinished(100).stream().map(UpdateInbox.Pending::updateId).toList());
        }

        @Test
        void doneUpdatesArePrunedAfter48HoursAndTheLastIdIsKept() {
            inbox.receive(10, 1, "a");
            inbox.claim(10, "w/1", LEASE);
            inbox.finish(10, "answered");
            clock.now = NOW.plus(Duration.ofHours(49));

            assertEquals(1, ((JdbcInbox) inbox).prune());
            assertEquals(OptionalLong.of(10), inbox.lastUpdateId());
        }
    }

    @Nested
    class InSqlite extends Stored {
        @Override
        Database openAt(Path file) {
            return Database.open(file);
        }

        @Test
        void updatesHandledBeforeTheInboxExistedAreNotHandledAgainAfterTheUpgrade() {
            db.close();
            Path old = dir.resolve("v3.db");
            try (Database v3 = Database.open(old, 3)) {
                v3.inTransaction("seeding", c -> {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO handled_updates (update_id, handled_ms) VALUES (77, 1)")) {
                        return s.executeUpdate();
                    }
                });
            }
            db = Database.open(old);
            inbox = new JdbcInbox(db, clock);

            assertFalse(inbox.receive(77, 1, "again"));
            assertEquals(OptionalLong.of(77), inbox.lastUpdateId());
        }
    }

    @Nested
    class InPostgres extends Stored {
        @Override
        Database openAt(Path file) {
            return TestPostgres.open(file);
        }
    }

    @Nested
    class InMemory extends Contract {
        @Override
        UpdateInbox create() {
            return new InMemoryInbox(clock);
        }
    }
}

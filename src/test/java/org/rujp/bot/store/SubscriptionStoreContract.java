package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.knowledge.Lang;

/** The contract of the SubscriptionStore store, run against the SQLite file and against a real PostgreSQL server. */
abstract class SubscriptionStoreContract {
    /** Opens the store standing in for the SQLite file {@code file}: reopening the same file reopens the same store. */
    abstract Database open(Path file);

    private static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");

    @TempDir
    Path dir;

    private Database open() {
        return open(dir.resolve("bot.db"));
    }

    @Test
    void subscriptionSurvivesReopeningTheFile() {
        try (Database db = open()) {
            new JdbcSubscriptionStore(db).subscribe(42, "private", Frequency.WEEKLY, Optional.of(ZoneId.of("Asia/Tokyo")), Lang.JA, T0);
        }
        try (Database db = open()) {
            Subscription sub = new JdbcSubscriptionStore(db).get(42).orElseThrow();
            assertEquals(Frequency.WEEKLY, sub.frequency());
            assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), sub.zone());
            assertEquals(Lang.JA, sub.lang());
            assertEquals(T0, sub.created());
            assertTrue(sub.active());
        }
    }

    @Test
    void unsubscribingSurvivesReopeningAndLeavesTheChatOutOfTheActiveList() {
        try (Database db = open()) {
            SubscriptionStore store = new JdbcSubscriptionStore(db);
            store.subscribe(1, "private", Frequency.DAILY, Optional.empty(), Lang.EN, T0);
            store.subscribe(2, "group", Frequency.DAILY, Optional.empty(), Lang.RU, T0);
            assertTrue(store.unsubscribe(1, T0.plusSeconds(60)));
            assertFalse(store.unsubscribe(1, T0.plusSeconds(61)), "a second unsubscribe finds nothing active");
        }
        try (Database db = open()) {
            SubscriptionStore store = new JdbcSubscriptionStore(db);
            assertEquals(List.of(2L), store.active().stream().map(Subscription::chatId).toList());
            assertFalse(store.get(1).orElseThrow().active());
        }
    }

    @Test
    void unknownChatHasNoSubscription() {
        try (Database db = open()) {
            assertTrue(new JdbcSubscriptionStore(db).get(7).isEmpty());
            assertFalse(new JdbcSubscriptionStore(db).setZone(7, Optional.of(ZoneId.of("UTC")), T0));
        }
    }

    @Nested
    class GivenAnActiveSubscription {
        @Test
        void subscribingAgainChangesFrequencyButKeepsCreatedTimeAndZone() {
            try (Database db = open()) {
                SubscriptionStore store = new JdbcSubscriptionStore(db);
                store.subscribe(5, "private", Frequency.DAILY, Optional.of(ZoneId.of("Asia/Tokyo")), Lang.EN, T0);
                Subscription again = store.subscribe(5, "private", Frequency.WEEKLY, Optional.empty(), Lang.RU, T0.plusSeconds(3600));
                assertEquals(Frequency.WEEKLY, again.frequency());
                assertEquals(Lang.RU, again.lang());
                assertEquals(T0, again.created());
                assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), again.zone());
            }
        }

        @Test
        void resubscribingAfterUnsubscribingStartsAnew() {
            try (Database db = open()) {
                SubscriptionStore store = new JdbcSubscriptionStore(db);
                store.subscribe(5, "private", Frequency.DAILY, Optional.empty(), Lang.EN, T0);
                store.unsubscribe(5, T0.plusSeconds(10));
                Subscription again = store.subscribe(5, "private", Frequency.DAILY, Optional.empty(), Lang.EN, T0.plusSeconds(7200));
                assertTrue(again.active());
                assertEquals(T0.plusSeconds(7200), again.created(), "digests missed while away are not owed");
            }
        }

        @Test
        void zoneAndFrequencyCanBeChangedAndTheZoneReset() {
            try (Database db = open()) {
                SubscriptionStore store = new JdbcSubscriptionStore(db);
                store.subscribe(5, "private", Frequency.DAILY, Optional.empty(), Lang.EN, T0);
                assertTrue(store.setZone(5, Optional.of(ZoneId.of("Asia/Vladivostok")), T0));
                assertTrue(store.setFrequency(5, Frequency.WEEKLY, T0));
                Subscription sub = store.get(5).orElseThrow();
                assertEquals(Optional.of(ZoneId.of("Asia/Vladivostok")), sub.zone());
                assertEquals(Frequency.WEEKLY, sub.frequency());
                store.setZone(5, Optional.empty(), T0);
                assertEquals(Optional.empty(), store.get(5).orElseThrow().zone());
            }
        }
    }

    private static List<Long> column(Database db, String sql) {
        return db.query("reading", c -> {
            List<Long> out = new java.util.ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    @Test
    void theDigestTablesHoldNoRawChatIdButTheStoresGiveThemBack() {
        try (Database db = open()) {
            JdbcSubscriptionStore subs = new JdbcSubscriptionStore(db);
            JdbcDeliveryLedger deliveries = new JdbcDeliveryLedger(db);
            subs.subscribe(4242, "private", Frequency.DAILY, Optional.empty(), Lang.EN, T0);
            subs.subscribe(-100777, "supergroup", Frequency.DAILY, Optional.empty(), Lang.EN, T0);
            long d = deliveries.plan(4242, "daily:2026-11-23", List.of("f1"), Lang.EN, T0).orElseThrow().id();
            deliveries.markSent(d, T0, "k1");

            for (String table : List.of("subscriptions", "deliveries", "digest_progress", "digest_sent_facts")) {
                List<Long> stored = column(db, "SELECT chat_id FROM " + table);
                assertFalse(stored.isEmpty(), table);
                assertFalse(stored.contains(4242L) || stored.contains(-100777L), table + ": " + stored);
            }
            assertEquals(List.of(-100777L, 4242L), subs.active().stream().map(Subscription::chatId).toList());
            assertEquals(4242, deliveries.forChat(4242).get(0).chatId());
            assertEquals(1, new JdbcDigestProgress(db).of(4242).timesSent().getOrDefault("f1", 0));
        }
    }

    @Test
    void rawChatIdsAnEarlierVersionStoredAreSealedOnTheFirstOpen() {
        try (Database db = open()) {
            db.inTransaction("seeding as an earlier version did", c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO subscriptions (chat_id, chat_type, frequency, zone, lang, created_at, updated_at, active)"
                            + " VALUES (4242, 'private', 'daily', NULL, 'ru', 1, 1, 1)");
                    return st.executeUpdate("INSERT INTO deliveries (chat_id, digest_key, fact_ids, lang, state, attempts, planned_at)"
                            + " VALUES (4242, 'daily:2026-11-22', 'f1', 'ru', 'planned', 0, 1)");
                }
            });
        }
        try (Database db = open()) {
            JdbcSubscriptionStore subs = new JdbcSubscriptionStore(db);

            assertEquals(Lang.RU, subs.get(4242).orElseThrow().lang());
            assertEquals(List.of("daily:2026-11-22"), new JdbcDeliveryLedger(db).unfinished().stream().map(Delivery::digestKey).toList());
            assertEquals(4242, new JdbcDeliveryLedger(db).unfinished().get(0).chatId());
            assertFalse(column(db, "SELECT chat_id FROM subscriptions UNION ALL SELECT chat_id FROM deliveries").contains(4242L));
        }
    }
}

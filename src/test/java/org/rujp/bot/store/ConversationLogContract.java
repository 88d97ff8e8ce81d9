package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of the ConversationLog store, run against the SQLite file and against a real PostgreSQL server. */
abstract class ConversationLogContract {
    /** Opens the store standing in for the SQLite file {@code file}: reopening the same file reopens the same store. */
    abstract Database open(Path file);

    private static final Instant T0 = Instant.parse("2024-05-01T10:15:30.123Z");

    @TempDir
    Path dir;
    Path file;
    Database db;
    JdbcConversationLog log;

    @BeforeEach
    void open() {
        file = dir.resolve("bot.db");
        db = open(file);
        log = new JdbcConversationLog(db, true);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> column(String sql) {
        return db.query("reading", c -> {
            List<String> values = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    @Nested
    class Recording {
        @Test
        void aTurnRecordedForAnUpdateIsNotedOnItInTheSameStep() {
            JdbcInbox inbox = new JdbcInbox(db, java.time.Clock.systemUTC());
            inbox.receive(77, 4242, "{\"update_id\":77}");

            long id = log.recordForUpdate(Turns.turn(T0, "telegram", "4242", Turns.answered("q")), 77);

            assertEquals(id, inbox.claim(77, "w/1", java.time.Duration.ofMinutes(1)).orElseThrow().turnId(),
                    "a retry of the update finds the turn and does not log it again");
        }

        @Test
        void anAnsweredTurnReadsBackWithEveryField() {
            long id = log.record(new Turn(T0.plusNanos(456_789), "telegram", "-100777", "4242", "supergroup",
                    Turns.answered("When was the year extended?"), "The year was extended [1]", "idx-v1", 5_500_000L));

            LoggedTurn t = log.turns(Optional.empty()).get(0);

            assertEquals(id, t.id());
            assertEquals(T0, t.time(), "millisecond precision");
            assertEquals("telegram", t.channel());
            assertEquals(log.storedId("telegram", "-100777"), t.chatId());
            assertEquals(log.storedId("telegram", "4242"), t.userId());
            assertEquals("supergroup", t.chatType());
            assertEquals("en", t.lang());
            assertEquals("When was the year extended?", t.question());
            assertEquals("When was the year extended? (resolved)", t.resolvedQuestion());
            assertEquals(LoggedTurn.ANSWERED, t.outcome());
            assertEquals("", t.refusalReason());
            assertEquals("The year was extended [1]", t.answerText());
            assertEquals("2021", t.lead());
            assertEquals("extractive", t.answerer());
            assertEquals("idx-v1", t.indexVersion());
            assertEquals(5_500_000L, t.totalNanos());
            assertEquals(Map.of("resolve", 1_000L, "retrieve", 2_000_000L, "decide", 30_000L, "compose", 40_000L), t.stageNanos());
            assertEquals(List.of(Turns.RG.id(), Turns.TASS.id()), t.sources());
            assertEquals(List.of(
                    new LoggedTurn.Fact("iy21-extended", Turns.RG.id(), 1, 0.83, true),
                    new LoggedTurn.Fact("plan-trade-growth", Turns.TASS.id(), 2, 0.77, true),
                    new LoggedTurn.Fact("iy19-closing-concert", Turns.RG.id(), 3, 0.51, false)), t.facts());
            assertEquals(List.of(), t.feedback());
        }

        @Test
        void aRefusalKeepsItsReasonAndRetrievedFactsAndMissingStages() {
            log.record(Turns.turn(T0, "cli", "alice", Turns.refused("Какая погода в Токио?")));

            LoggedTurn t = log.turns(Optional.empty()).get(0);

            assertTrue(t.refused());
            assertEquals("top score 0.21 below threshold 0.45", t.refusalReason());
            assertEquals("ru", t.lang());
            assertEquals("", t.lead());
            assertEquals(List.of(), t.sources());
            assertEquals(List.of(new LoggedTurn.Fact("iy19-closing-concert", Turns.RG.id(), 1, 0.21, false)), t.facts());
            assertFalse(t.stageNanos().containsKey("compose"));
        }

        @Test
        void turnsSinceAnInstantLeaveOutOlderOnes() {
            log.record(Turns.turn(T0, "cli", "a", Turns.answered("old")));
            log.record(Turns.turn(T0.plusSeconds(3600), "cli", "a", Turns.answered("new")));

            List<LoggedTurn> recent = log.turns(Optional.of(T0.plusSeconds(60)));

            assertEquals(List.of("new"), recent.stream().map(LoggedTurn::question).toList());
        }
    }

    @Nested
    class Pseudonymisation {
        @Test
        void storedIdsAreNotTheRawIdsAndAreStableAcrossReopening() throws Exception {
            log.record(Turns.turn(T0, "telegram", "4242", Turns.answered("q")));
            String stored = log.turns(Optional.empty()).get(0).userId();
            db.close();

            db = open(file);
            log = new JdbcConversationLog(db, true);

            assertNotEquals("4242", stored);
            // Each stored id is a 64-digit HMAC, not the raw id (a substring test would fail by chance: "4242" can occur in hex).
            for (String id : column("SELECT chat_id FROM turns UNION ALL SELECT user_id FROM turns")) {
                assertTrue(id.matches("[0-9a-f]{64}"), id);
            }
            assertEquals(64, stored.length());
            assertEquals(stored, log.storedId("telegram", "4242"));
        }

        @Test
        void theKeyIsNotInTheDatabaseButInAnOwnerOnlyFileBesideIt() throws Exception {
            assertEquals(List.of(), column("SELECT value FROM meta WHERE key = 'pseudonym_key'"));
            java.nio.file.Path key = Pseudonyms.keyFile(file);
            assertTrue(java.nio.file.Files.readString(key).strip().matches("[0-9a-f]{64}"));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(key)));
        }

        @Test
        void aKeyAnEarlierVersionKeptInTheDatabaseIsMovedOutAndItsPseudonymsStillMatch() throws Exception {
            java.nio.file.Path old = dir.resolve("old.db");
            String oldKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
            try (Database v3 = open(old)) {
                v3.inTransaction("seeding", c -> {
                    try (var st = c.createStatement()) {
                        return st.executeUpdate("INSERT INTO meta (key, value) VALUES ('pseudonym_key', '" + oldKey + "')");
                    }
                });
            }
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(java.util.HexFormat.of().parseHex(oldKey), "HmacSHA256"));
            String expected = java.util.HexFormat.of().formatHex(mac.doFinal("telegram:4242".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

            try (Database upgraded = open(old)) {
                assertEquals(expected, new JdbcConversationLog(upgraded, true).storedId("telegram", "4242"));
                int left = upgraded.query("counting", c -> {
                    try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM meta WHERE key = 'pseudonym_key'")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                assertEquals(0, left, "the key is no longer in the database");
            }
            assertEquals(oldKey, java.nio.file.Files.readString(Pseudonyms.keyFile(old)).strip());
        }

        @Test
        void aKeyFromTheEnvironmentWinsAndNoFileIsWritten() throws Exception {
            java.nio.file.Path other = dir.resolve("env.db");
            try (Database d = open(other)) {
                Pseudonyms p = Pseudonyms.load(d, java.util.Map.of(Pseudonyms.ENV, "ab".repeat(32)));
                assertEquals(64, p.of("telegram", "1").length());
            }
            assertFalse(java.nio.file.Files.exists(Pseudonyms.keyFile(other)));
        }

        @Test
        void aStoreOpenedWithAnotherKeyIsRefusedNamingTheFile() {
            java.nio.file.Path other = dir.resolve("keyed.db");
            try (Database d = open(other)) {
                Pseudonyms.load(d, java.util.Map.of(Pseudonyms.ENV, "ab".repeat(32)));
                StoreException e = assertThrows(StoreException.class,
                        () -> Pseudonyms.load(d, java.util.Map.of(Pseudonyms.ENV, "cd".repeat(32))));
                assertTrue(e.getMessage().startsWith(d.name() + ": was written with another pseudonym key"), e.getMessage());
            }
        }

        @Test
        void anotherInstallationHashesTheSameIdDifferently() {
            try (Database other = open(dir.resolve("other.db"))) {
                assertNotEquals(log.storedId("telegram", "4242"), new JdbcConversationLog(other, true).storedId("telegram", "4242"));
            }
        }

        @Test
        void rawIdsAreKeptWhenPseudonymisationIsOff() {
            JdbcConversationLog raw = new JdbcConversationLog(db, false);
            raw.record(Turns.turn(T0, "telegram", "4242", Turns.answered("q")));

            LoggedTurn t = log.turns(Optional.empty()).get(0);

            assertEquals("4242", t.userId());
            assertEquals("chat-4242", t.chatId());
        }
    }

    @Nested
    class Feedback {
        @Test
        void aVoteIsRecordedUnderThePresserOncePerTurnAndOnlyFromTheTurnsChat() {
            long id = log.record(new Turn(T0, "telegram", "-100777", "asker", "supergroup", Turns.answered("q"), "a", "v", 1));

            assertEquals(ConversationLog.Vote.RECORDED, log.vote(id, "telegram", "-100777", "presser", true, T0.plusSeconds(1)));
            assertEquals(ConversationLog.Vote.ALREADY_VOTED, log.vote(id, "telegram", "-100777", "presser", false, T0.plusSeconds(2)));
            assertEquals(ConversationLog.Vote.NOT_FOUND, log.vote(id, "telegram", "-100888", "mallory", false, T0.plusSeconds(3)));
            assertEquals(ConversationLog.Vote.NOT_FOUND, log.vote(id + 1, "telegram", "-100777", "presser", false, T0.plusSeconds(3)));

            assertEquals(List.of(new LoggedTurn.Feedback(log.storedId("telegram", "presser"), true, T0.plusSeconds(1))),
                    log.turns(Optional.empty()).get(0).feedback());
        }

        @Test
        void theLastPressOfEachUserWins() {
            long id = log.record(Turns.turn(T0, "telegram", "asker", Turns.answered("q")));

            log.feedback(id, true, T0.plusSeconds(1));
            log.feedback(id, false, T0.plusSeconds(2));
            assertTrue(log.feedback(id, "other", true, T0.plusSeconds(3)));

            List<LoggedTurn.Feedback> feedback = log.turns(Optional.empty()).get(0).feedback();
            assertEquals(List.of(
                    new LoggedTurn.Feedback(log.storedId("telegram", "asker"), false, T0.plusSeconds(2)),
                    new LoggedTurn.Feedback(log.storedId("telegram", "other"), true, T0.plusSeconds(3))), feedback);
        }

        @Test
        void feedbackOnAVanishedTurnIsReportedNotStored() {
            assertFalse(log.feedback(999, "someone", true, T0));
            StoreException e = assertThrows(StoreException.class, () -> log.feedback(999, true, T0));
            assertTrue(e.getMessage().contains("no turn 999"), e.getMessage());
        }

        @Test
        void statisticsCountVotesNotHelpfulTurnsAndFrequentRefusals() {
            long good = log.record(Turns.turn(T0, "telegram", "u1", Turns.answered("When was the year extended?")));
            long bad = log.record(Turns.turn(T0, "telegram", "u2", Turns.answered("Who won?")));
            log.record(Turns.turn(T0, "telegram", "u3", Turns.refused("Какая погода в Токио?")));
            log.record(Turns.turn(T0, "telegram", "u4", Turns.refused("какая  погода в токио")));
            log.record(Turns.turn(T0, "telegram", "u5", Turns.refused("東京の天気は？")));
            log.feedback(good, true, T0);
            log.feedback(bad, "u9", true, T0);
            log.feedback(bad, false, T0);

            FeedbackStats stats = log.feedbackStats(Optional.empty(), 10);

            assertEquals(5, stats.turns());
            assertEquals(3, stats.refused());
            assertEquals(3, stats.votes());
            assertEquals(2, stats.helpfulVotes());
            assertEquals(2.0 / 3, stats.helpfulRate().getAsDouble(), 1e-9);
            assertEquals(List.of(new FeedbackStats.MarkedTurn(bad, "Who won?", LoggedTurn.ANSWERED)), stats.notHelpful());
            assertEquals(List.of(new FeedbackStats.FrequentQuestion("Какая погода в Токио?", 2),
                    new FeedbackStats.FrequentQuestion("東京の天気は？", 1)), stats.frequentRefused());
        }

        @Test
        void withoutVotesTheHelpfulRateIsEmpty() {
            log.record(Turns.turn(T0, "cli", "a", Turns.answered("q")));
            assertTrue(log.feedbackStats(Optional.empty(), 5).helpfulRate().isEmpty());
        }
    }

    @Nested
    class Forgetting {
        @Test
        void forgettingATelegramUserAlsoDeletesTheirPrivateChatsDigestRowsButNotAGroups() throws Exception {
            JdbcSubscriptionStore subs = new JdbcSubscriptionStore(db);
            JdbcDeliveryLedger deliveries = new JdbcDeliveryLedger(db);
            subs.subscribe(4242, "private", Frequency.DAILY, Optional.empty(), org.rujp.bot.knowledge.Lang.EN, T0);
            subs.subscribe(-100777, "supergroup", Frequency.DAILY, Optional.empty(), org.rujp.bot.knowledge.Lang.EN, T0);
            long d = deliveries.plan(4242, "daily:2024-05-01", List.of("f1"), org.rujp.bot.knowledge.Lang.EN, T0).orElseThrow().id();
            deliveries.markSent(d, T0, "k1");
            deliveries.plan(-100777, "daily:2024-05-01", List.of("f1"), org.rujp.bot.knowledge.Lang.EN, T0);

            log.forget("telegram", "4242");

            assertTrue(subs.get(4242).isEmpty());
            assertEquals(List.of(), deliveries.forChat(4242));
            assertEquals(java.util.Map.of(), new JdbcDigestProgress(db).of(4242).timesSent());
            assertTrue(subs.get(-100777).isPresent(), "the group's subscription is the group's");
            assertEquals(1, deliveries.forChat(-100777).size());
            for (String table : List.of("subscriptions", "deliveries")) {
                assertEquals(1, column("SELECT chat_id FROM " + table).size(), table + " keeps the group's row only");
            }
            assertEquals(List.of(), column("SELECT chat_id FROM digest_sent_facts"));
        }

        @Test
        void forgetDeletesOnlyThatUsersTurnsFactsAndFeedbackOnThatChannel() throws Exception {
            long mine = log.record(Turns.turn(T0, "telegram", "me", Turns.answered("mine")));
            long theirs = log.record(Turns.turn(T0, "telegram", "them", Turns.answered("theirs")));
            long sameIdOtherChannel = log.record(Turns.turn(T0, "cli", "me", Turns.answered("console")));
            log.feedback(mine, "them", true, T0);
            log.feedback(theirs, "me", false, T0);
            log.feedback(theirs, "them", true, T0);

            int deleted = log.forget("telegram", "me");

            assertEquals(1, deleted);
            List<LoggedTurn> left = log.turns(Optional.empty());
            assertEquals(List.of(theirs, sameIdOtherChannel), left.stream().map(LoggedTurn::id).toList());
            assertEquals(List.of(log.storedId("telegram", "them")),
                    left.get(0).feedback().stream().map(LoggedTurn.Feedback::userId).toList());
            assertEquals(List.of(String.valueOf(theirs), String.valueOf(sameIdOtherChannel)),
                    column("SELECT DISTINCT turn_id FROM turn_facts ORDER BY turn_id"));
            assertEquals(List.of(String.valueOf(theirs)), column("SELECT turn_id FROM feedback"));
        }

        @Test
        void forgetFindsRowsLoggedWithRawIdsBeforePseudonymisationWasSwitchedOn() {
            new JdbcConversationLog(db, false).record(Turns.turn(T0, "telegram", "me", Turns.answered("raw")));
            log.record(Turns.turn(T0, "telegram", "me", Turns.answered("hashed")));

            assertEquals(2, log.forget("telegram", "me"));
            assertTrue(log.turns(Optional.empty()).isEmpty());
        }
    }

    @Nested
    class Retention {
        @Test
        void retentionAlsoPrunesOldDigestRecordsAndStoppedSubscriptionsButKeepsActiveOnes() throws Exception {
            JdbcSubscriptionStore subs = new JdbcSubscriptionStore(db);
            JdbcDeliveryLedger deliveries = new JdbcDeliveryLedger(db);
            subs.subscribe(1, "private", Frequency.DAILY, Optional.empty(), org.rujp.bot.knowledge.Lang.EN, T0);
            subs.subscribe(2, "private", Frequency.DAILY, Optional.empty(), org.rujp.bot.knowledge.Lang.EN, T0);
            subs.unsubscribe(2, T0);
            long d = deliveries.plan(1, "daily:2024-05-01", List.of("f1"), org.rujp.bot.knowledge.Lang.EN, T0).orElseThrow().id();
            deliveries.markSent(d, T0, "k1");
            deliveries.plan(1, "daily:2024-05-02", List.of("f2"), org.rujp.bot.knowledge.Lang.EN, T0);
            long inFlight = deliveries.plan(1, "daily:2024-05-03", List.of("f3"), org.rujp.bot.knowledge.Lang.EN, T0)
                    .orElseThrow().id();
            deliveries.markSending(inFlight, "replica-a pid 1", T0);

            log.purgeOlderThan(T0.plusSeconds(60));

            assertTrue(subs.get(1).isPresent(), "an active subscription stays");
            assertTrue(subs.get(2).isEmpty(), "a subscription stopped before the cutoff goes");
            assertEquals(List.of("daily:2024-05-02", "daily:2024-05-03"),
                    deliveries.forChat(1).stream().map(Delivery::digestKey).toList(),
                    "a planned delivery stays until it is sent, one in flight until the next run finds it");
            assertEquals(List.of(), column("SELECT fact_id FROM digest_sent_facts"));
        }

        @Test
        void purgeDeletesTurnsBeforeTheCutoffWithTheirFactsAndFeedback() throws Exception {
            long old = log.record(Turns.turn(T0, "cli", "a", Turns.answered("old")));
            long kept = log.record(Turns.turn(T0.plusSeconds(10), "cli", "a", Turns.answered("kept")));
            log.feedback(old, false, T0);

            assertEquals(1, log.purgeOlderThan(T0.plusSeconds(5)));

            assertEquals(List.of(kept), log.turns(Optional.empty()).stream().map(LoggedTurn::id).toList());
            assertEquals(List.of(), column("SELECT turn_id FROM feedback"));
            assertEquals(List.of(String.valueOf(kept)), column("SELECT DISTINCT turn_id FROM turn_facts"));
        }
    }
}

package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueuedConversationLogTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:15:30Z");

    @TempDir
    Path dir;
    Database db;
    JdbcConversationLog sqlite;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bot.db"));
        sqlite = new JdbcConversationLog(db, false);
    }

    @AfterEach
    void closeDb() {
        db.close();
    }

    private static Turn turn(String chat, String question) {
        return new Turn(T0, "telegram", chat, chat, "private", Turns.answered(question), "answer to " + question, "idx", 1_000);
    }

    @Test
    void closingWritesEveryQueuedTurnUnderTheIdItWasGivenInTheOrderOfEachChat() throws Exception {
        QueuedConversationLog queued = new QueuedConversationLog(sqlite, 8, 5); // a small queue: writers wait for room
        int chats = 6;
        int perChat = 40;
        Map<String, List<Long>> given = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(chats);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < chats; c++) {
            String chat = "chat" + c;
            all.add(pool.submit(() -> {
                go.await();
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < perChat; i++) {
                    ids.add(queued.record(turn(chat, chat + " question " + i)));
                }
                given.put(chat, ids);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        queued.close();

        List<LoggedTurn> logged = sqlite.turns(Optional.empty());
        assertEquals(chats * perChat, logged.size(), "nothing lost on close");
        for (int c = 0; c < chats; c++) {
            String chat = "chat" + c;
            List<LoggedTurn> ofChat = logged.stream().filter(t -> t.chatId().equals(chat)).sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
            assertEquals(given.get(chat), ofChat.stream().map(LoggedTurn::id).toList(), "the ids handed out are the rows' ids");
            for (int i = 0; i < perChat; i++) {
                assertEquals(chat + " question " + i, ofChat.get(i).question(), "a chat's turns keep their order");
            }
        }
    }

    @Test
    void whoeverRecordsIsToldTheIdOnlyOnceTheTurnIsWritten() {
        List<Long> toldWhileWritten = Collections.synchronizedList(new ArrayList<>());
        long id;
        try (QueuedConversationLog queued = new QueuedConversationLog(sqlite, 100, 10)) {
            id = queued.record(turn("42", "When was the year extended?"), written -> {
                boolean inTheLog = sqlite.turns(Optional.empty()).stream().anyMatch(t -> t.id() == written);
                toldWhileWritten.add(inTheLog ? written : -written);
            });
        }
        assertEquals(List.of(id), toldWhileWritten);
    }

    @Test
    void aVoteRightAfterTheAnswerFindsItsTurn() {
        try (QueuedConversationLog queued = new QueuedConversationLog(sqlite, 100, 10)) {
            long id = queued.record(turn("42", "When was the year extended?"));
            assertEquals(ConversationLog.Vote.RECORDED, queued.vote(id, "telegram", "42", "7", true, T0));
            assertEquals(ConversationLog.Vote.ALREADY_VOTED, queued.vote(id, "telegram", "42", "7", false, T0));
        }
    }

    @Test
    void forgettingAUserAlsoRemovesTurnsStillQueued() {
        try (QueuedConversationLog queued = new QueuedConversationLog(sqlite, 100, 10)) {
            for (int i = 0; i < 20; i++) {
                queued.record(turn(i % 2 == 0 ? "42" : "43", "question " + i));
            }
            assertEquals(10, queued.forget("telegram", "42"));
        }
        assertEquals(10, sqlite.turns(Optional.empty()).size());
    }

    @Test
    void anotherWriterOfTheSameLogNeverTakesAReservedId() {
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        try (QueuedConversationLog queued = new QueuedConversationLog(sqlite, 100, 10)) {
            for (int i = 0; i < 30; i++) {
                ids.add(queued.record(turn("42", "queued " + i)));
                ids.add(sqlite.record(turn("43", "direct " + i))); // as `ask` in another process would write
            }
        }
        assertEquals(60, ids.stream().distinct().count());
        assertEquals(60, sqlite.turns(Optional.empty()).size());
    }

    @Test
    void aLogThatCannotReserveIdsIsWrittenOnTheCallersThread() {
        List<String> threads = new ArrayList<>();
        ConversationLog plain = new ConversationLog() {
            @Override
            public long record(Turn turn) {
                threads.add(Thread.currentThread().getName());
                return threads.size();
            }

            @Override
            public void feedback(long turnId, boolean helpful, Instant at) {
            }

            @Override
            public Vote vote(long turnId, String channel, String chatId, String userId, boolean helpful, Instant at) {
                return Vote.NOT_FOUND;
            }

            @Override
            public int forget(String channel, String userId) {
                return 0;
            }
        };
        try (QueuedConversationLog queued = new QueuedConversationLog(plain, 10, 5)) {
            assertEquals(1, queued.record(turn("42", "one")));
            assertEquals(2, queued.record(turn("42", "two")));
        }
        assertEquals(List.of(Thread.currentThread().getName(), Thread.currentThread().getName()), threads);
    }

    @Test
    void turnsRecordedAfterCloseAreWrittenAtOnce() {
        QueuedConversationLog queued = new QueuedConversationLog(sqlite, 10, 5);
        queued.record(turn("42", "before"));
        queued.close();
        long id = queued.record(turn("42", "after"));
        assertTrue(sqlite.turns(Optional.empty()).stream().anyMatch(t -> t.id() == id && t.question().equals("after")));
        assertEquals(2, sqlite.turns(Optional.empty()).size());
    }

    @Test
    void turnsAnsweringInboxUpdatesAreNotedOnThemInTheTransactionsThatWriteThem() {
        JdbcInbox inbox = new JdbcInbox(db, java.time.Clock.systemUTC());
        for (long update = 1; update <= 20; update++) {
            inbox.receive(update, update, "{}");
            inbox.claim(update, "w/1", java.time.Duration.ofMinutes(2));
        }
        List<Long> told = Collections.synchronizedList(new ArrayList<>());
        Map<Long, Long> turnOf = new ConcurrentHashMap<>();
        QueuedConversationLog queued = new QueuedConversationLog(sqlite, 100, 64);
        assertTrue(queued.notesUpdates(), "whoever is told has nothing left to note");
        queued.flush(java.time.Duration.ofSeconds(5));
        long before = db.commits();
        for (long update = 1; update <= 20; update++) {
            turnOf.put(update, queued.recordForUpdate(turn("chat" + update, "q" + update), update, told::add));
        }
        queued.close();

        assertEquals(20, told.size());
        assertTrue(db.commits() - before < 20, "20 turns and their notes took " + (db.commits() - before) + " transactions");
        inbox.releaseClaims("w/");
        for (long update = 1; update <= 20; update++) {
            assertEquals(turnOf.get(update), inbox.claim(update, "w/2", java.time.Duration.ofMinutes(2)).orElseThrow().turnId());
        }
    }
}

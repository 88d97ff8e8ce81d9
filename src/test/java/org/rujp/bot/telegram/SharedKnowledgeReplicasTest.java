package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.cli.Main;
import org.rujp.bot.cli.ServeCommand;
import org.rujp.bot.replica.KnowledgeWatcher;
import org.rujp.bot.replica.LiveAnswerer;
import org.rujp.bot.replica.SharedKnowledge;
import org.rujp.bot.store.LoggedTurn;
import org.rujp.bot.store.Store;
import org.rujp.bot.store.TestPostgres;

/**
 * Two replicas on one PostgreSQL server, each with a data directory of its own: an article ingested through
 * replica A's {@code ingest} command is answered in Telegram by replica B within seconds, without a restart, and
 * {@code ingest --remove} on A takes it away from B too. Replica B is wired as {@code serve} wires it: the store
 * opened, the shared articles pulled, the App started, the bot (on the loopback Bot API, with the store's inbox
 * and log) answering through a {@link LiveAnswerer} and the {@link ServeCommand#watchKnowledge knowledge watcher}
 * running (looking every half second instead of three). After the reload, {@code /about} and the logged turn
 * name the new index.
 */
class SharedKnowledgeReplicasTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "articles", "shared", "hakodate-chess-match.txt");
    private static final String ID = "ing-hakodate-chess-match";
    private static final String QUESTION = "Which team won the chess tournament between Hakodate and Yuzhno-Sakhalinsk pupils?";
    private static final String HEADLINE = "Hakodate and Yuzhno-Sakhalinsk pupils meet at the chessboard";
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final long CHAT = 4242;

    @TempDir
    Path dir;

    /** An ingest run in process leaves the dictionaries to be read on a thread of their own, into the data directory. */
    @org.junit.jupiter.api.AfterEach
    void letTheDictionariesBeRead() throws InterruptedException {
        TestBots.awaitDictionaries();
    }

    record Run(int code, String out, String err) {
    }

    @Test
    void anArticleIngestedOnOneReplicaIsAnsweredByTheOtherWithoutARestartAndItsRemovalReachesItToo() throws Exception {
        Path config = config(TestPostgres.url(dir.resolve("shared.db")));
        Path dataA = dir.resolve("replica-a");
        Path dataB = dir.resolve("replica-b");
        TestBots.seedIndex(dataA);
        TestBots.seedIndex(dataB);
        Settings settingsB = SettingsLoader.load(config, true, Map.of()).withDataDir(dataB).withKnowledgeDir(Path.of("knowledge"));
        Path copyOnB = dataB.resolve("ingested").resolve(ID + ".json");

        try (Store storeB = Store.open(settingsB)) {
            SharedKnowledge shared = new SharedKnowledge(dataB, storeB.database());
            long version = shared.pull().version();
            LiveAnswerer live = new LiveAnswerer(App.start(settingsB, TestBots.embedder()));
            List<App> reloads = new CopyOnWriteArrayList<>();
            try (FakeBotApiServer api = new FakeBotApiServer();
                 TelegramBot replicaB = TelegramBot.start(BotHarness.parts(live.app(), BotHarness.settings(api.baseUrl(), 1_000),
                         storeB.inbox(), storeB.log(), live).withLoaded(() -> loaded(live.app())));
                 KnowledgeWatcher watcher = ServeCommand.watchKnowledge(shared, version, live, settingsB, reloads::add)
                         .start(Duration.ofMillis(500))) {
                assertFalse(ask(api).contains(HEADLINE), "B knows nothing of the article before it is ingested");

                Run ingest = cli(dataA, config, "ingest", FIXTURE.toString());
                assertEquals(0, ingest.code(), ingest.err());
                assertTrue(ingest.out().contains("added      " + ID), ingest.out());
                assertTrue(ingest.out().contains("shared     1 stored, 0 removed with the other replicas"), ingest.out());

                String answer = awaitReply(api, true);
                assertTrue(answer.contains("Hakodate"), answer);
                assertEquals(Files.readString(dataA.resolve("ingested").resolve(ID + ".json"), StandardCharsets.UTF_8),
                        Files.readString(copyOnB, StandardCharsets.UTF_8), "B's ingested/ holds A's article as stored");
                assertEquals(1, reloads.size(), "one reload for one ingest");
                String reloadedIndex = reloads.get(0).index().index().key();
                assertTrue(command(api, "/about").contains(reloadedIndex.substring(0, 12)), "/about names the index answering now");
                List<LoggedTurn> turns = storeB.log().turns(Optional.empty());
                LoggedTurn last = turns.get(turns.size() - 1);
                assertTrue(last.sources().contains(ID), last.sources().toString());
                assertEquals(reloadedIndex, last.indexVersion(), "the turn is logged with the index that answered it");

                Run remove = cli(dataA, config, "ingest", "--remove", ID);
                assertEquals(0, remove.code(), remove.err());
                assertTrue(remove.out().contains("shared     0 stored, 1 removed with the other replicas"), remove.out());
                awaitReply(api, false);
                assertFalse(Files.exists(copyOnB), "B's copy is deleted");
                assertEquals(2, reloads.size(), "one more reload for the removal");
                assertEquals(version + 2, watcher.loadedVersion());
            }
        }
    }

    @Test
    void anIngestThatCannotReachTheDatabaseKeepsTheArticleAndSharesItWhenRunAgain() throws Exception {
        Path data = dir.resolve("replica-a");
        TestBots.seedIndex(data);
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Run unreachable = cli(data, config("jdbc:postgresql://127.0.0.1:" + closedPort + "/rujp"), "ingest", FIXTURE.toString());
        assertEquals(Main.EXIT_FAILURE, unreachable.code(), unreachable.out());
        assertTrue(unreachable.err().contains("cannot connect"), unreachable.err());
        assertTrue(Files.isRegularFile(data.resolve("ingested").resolve(ID + ".json")), "stored in the data directory all the same");

        Path reachable = config(TestPostgres.url(dir.resolve("shared.db")));
        Run again = cli(data, reachable, "ingest", FIXTURE.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("unchanged  " + ID), again.out());
        assertTrue(again.out().contains("shared     1 stored, 0 removed with the other replicas"), again.out());
        Run thirdTime = cli(data, reachable, "ingest", FIXTURE.toString());
        assertFalse(thirdTime.out().contains("shared  "), "what is shared already is not shared again: " + thirdTime.out());
    }

    /** Asks replica B the question in Telegram; returns its reply. */
    private static String ask(FakeBotApiServer api) {
        return command(api, QUESTION);
    }

    /** Sends {@code text} to replica B in Telegram; returns its reply. */
    private static String command(FakeBotApiServer api, String text) {
        int before = api.delivered(CHAT).size();
        api.enqueue(Updates.privateText(CHAT, text));
        return api.awaitDelivered(CHAT, before + 1).get(before).text();
    }

    private static TelegramBot.Loaded loaded(App app) {
        return new TelegramBot.Loaded(app.knowledge(), app.index().index().key());
    }

    /** Asks until the reply cites the article ({@code cited}) or no longer does; fails after {@link #WAIT}. */
    private static String awaitReply(FakeBotApiServer api, boolean cited) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            String reply = ask(api);
            if (reply.contains(HEADLINE) == cited) {
                return reply;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT.toSeconds() + " s: B's reply " + (cited ? "citing" : "no longer citing")
                        + " the article; the last was: " + reply);
            }
            Thread.sleep(500);
        }
    }

    /** The shipped configuration with the store on the test's PostgreSQL database (user postgres, trusted on loopback). */
    private Path config(String url) throws IOException {
        Path file = dir.resolve("rujp-bot.yaml");
        Files.writeString(file, Files.readString(SettingsLoader.DEFAULT_CONFIG, StandardCharsets.UTF_8)
                + "\nstore:\n  url: " + url + "\n  user: postgres\n", StandardCharsets.UTF_8);
        return file;
    }

    private static Run cli(Path dataDir, Path config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config=" + config;
        all[args.length + 1] = "--data-dir=" + dataDir;
        all[args.length + 2] = "--knowledge-dir=knowledge";
        all[args.length + 3] = "--quiet";
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}

package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.telegram.FakeBotApiServer.Call;
import org.rujp.bot.telegram.FakeBotApiServer.Failure;

/**
 * {@code kill -9} of a real {@code serve} process with questions in flight, then a restart: every
 * update the bot received (confirmed by getUpdates, or answered 200 by the webhook) is answered, in
 * order per chat, and none twice except a send the kill cut off (the bot never learnt it went out,
 * so it is sent once more).
 */
class CrashRecoveryTest {
    private static final int CHATS = 10;
    private static final String QUESTION = "When was the Year of Interregional Exchanges extended?";
    private static final String SECRET = "crash-test-secret";

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void buildIndexOnce() {
        BotHarness.app(dataDir); // writes the index cache the serve processes load
    }

    /** What the chats got: lost = updates never answered, doubled = replies beyond one per update. */
    private record Tally(int lost, int doubled, boolean ordered) {
    }

    @Test
    void pollingLosesNothingAndSendsNothingTwiceButTheCutOffSends(@TempDir Path tmp) throws Exception {
        try (FakeBotApiServer api = new FakeBotApiServer()) {
            api.inject("sendMessage", 0, Failure.slow(1_500), 8);
            Map<String, String> env = env(api, Map.of());
            ServeProcess first = ServeProcess.start(dataDir, env, tmp.resolve("first.log"));
            for (int chat = 1; chat <= CHATS; chat++) {
                api.enqueue(Updates.privateText(5000 + chat, QUESTION));
                api.enqueue(Updates.privateText(5000 + chat, "/sources"));
            }
            Cut cut = killAfterFourReplies(api, first, env);
            assertEquals(0, api.unconfirmed(), "every update was confirmed to Telegram before the kill");
            restartAndCheckEveryAnswer("polling", api, env, tmp.resolve("second.log"), cut);
        }
    }

    @Test
    void webhookLosesNoUpdateThatGot200(@TempDir Path tmp) throws Exception {
        try (FakeBotApiServer api = new FakeBotApiServer()) {
            api.inject("sendMessage", 0, Failure.slow(1_500), 8);
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Map<String, String> env = env(api, Map.of("RUJP_TELEGRAM_MODE", "webhook", "RUJP_TELEGRAM_WEBHOOK_PORT", Integer.toString(port),
                    "TELEGRAM_WEBHOOK_SECRET", SECRET));
            ServeProcess first = ServeProcess.start(dataDir, env, tmp.resolve("first.log"));
            HttpClient http = HttpClient.newHttpClient();
            int accepted = 0;
            long id = 9000;
            for (int chat = 1; chat <= CHATS; chat++) {
                for (String text : List.of(QUESTION, "/sources")) {
                    ObjectNode u = Updates.privateText(6000 + chat, text).put("update_id", id++);
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                            .header("X-Telegram-Bot-Api-Secret-Token", SECRET).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(u.toString())).build(), HttpResponse.BodyHandlers.ofString());
                    accepted += r.statusCode() == 200 ? 1 : 0;
                }
            }
            assertEquals(2 * CHATS, accepted, "every update got 200");
            Cut cut = killAfterFourReplies(api, first, env);
            restartAndCheckEveryAnswer("webhook", api, env, tmp.resolve("second.log"), cut);
        }
    }

    /** What the kill left: replies Telegram had, and how many of them the bot never recorded as sent. */
    private record Cut(int before, int inFlight) {
    }

    /** Kills the first process once four replies are out and the next ones are on their way. */
    private static Cut killAfterFourReplies(FakeBotApiServer api, ServeProcess first, Map<String, String> env) throws Exception {
        api.await(c -> c.method().equals("sendmessage"), 4, Duration.ofSeconds(60));
        Thread.sleep(300); // the next sends are on their way
        first.kill();
        Thread.sleep(2_000); // the fake server finishes the requests the kill cut off, as Telegram would
        int before = api.calls("sendMessage").size();
        return new Cut(before, before - sentAsRecorded(env)); // went out, but the bot never learnt it
    }

    /** Restarts and checks: nothing lost, only the cut-off sends repeated, each chat in order, each question logged once. */
    private static void restartAndCheckEveryAnswer(String mode, FakeBotApiServer api, Map<String, String> env, Path log, Cut cut)
            throws Exception {
        try (ServeProcess second = ServeProcess.start(dataDir, env, log)) {
            Tally t = awaitAll(api);
            report(mode, cut.before(), cut.inFlight(), t);
            assertEquals(0, t.lost(), api.summary());
            assertTrue(t.doubled() <= cut.inFlight(), "only the " + cut.inFlight() + " send(s) cut off may be repeated: " + api.summary());
            assertTrue(t.ordered(), "each chat's question was answered before its /sources");
            assertEquals(CHATS, loggedTurns(env), "each question is logged once in the conversation log");
        }
    }

    private static int loggedTurns(Map<String, String> env) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(env.get("RUJP_STORE_FILE")));
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM turns")) {
            return rs.getInt(1);
        }
    }

    /** Messages the killed bot recorded as sent in its inbox. */
    private static int sentAsRecorded(Map<String, String> env) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(env.get("RUJP_STORE_FILE")));
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT coalesce(sum(sent), 0) FROM inbox")) {
            return rs.getInt(1);
        }
    }

    private static Map<String, String> env(FakeBotApiServer api, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApiServer.TOKEN);
        env.put("TELEGRAM_API_URL", api.baseUrl());
        env.put("RUJP_STORE_FILE", "crash-" + System.nanoTime() + ".db");
        return env;
    }

    /** Waits until every chat has its two replies (or 60 s), then 3 s more for any double. */
    private static Tally awaitAll(FakeBotApiServer api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && tally(api).lost() > 0) {
            Thread.sleep(100);
        }
        Thread.sleep(3_000);
        return tally(api);
    }

    private static Tally tally(FakeBotApiServer api) {
        Map<Long, List<String>> byChat = new HashMap<>();
        for (Call c : api.calls("sendMessage")) {
            if (c.status() == 200) {
                byChat.computeIfAbsent(c.chatId(), k -> new ArrayList<>()).add(c.text().contains("The articles I answer from") ? "sources" : "answer");
            }
        }
        int lost = 0;
        int doubled = 0;
        boolean ordered = true;
        for (List<String> replies : byChat.values()) {
            long answers = replies.stream().filter("answer"::equals).count();
            long sources = replies.size() - answers;
            lost += (answers == 0 ? 1 : 0) + (sources == 0 ? 1 : 0);
            doubled += (int) Math.max(0, answers - 1) + (int) Math.max(0, sources - 1);
            ordered &= replies.indexOf("answer") < replies.indexOf("sources") || !replies.contains("sources");
        }
        lost += 2 * (CHATS - byChat.size());
        return new Tally(lost, doubled, ordered);
    }

    private static void report(String mode, int before, int inFlight, Tally t) {
        System.out.printf("kill -9 in %s mode: %d of %d replies delivered before the restart, %d of them cut off by the kill (not recorded as sent); after restart: lost %d, doubled %d%n",
                mode, before, 2 * CHATS, inFlight, t.lost(), t.doubled());
    }
}

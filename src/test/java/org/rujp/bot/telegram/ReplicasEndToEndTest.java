package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.store.TestPostgres;
import org.rujp.bot.telegram.FakeBotApiServer.Call;

/**
 * Three {@code serve} replicas (separate JVMs, webhook mode on loopback) on one PostgreSQL store, the
 * loopback Bot API server, and a round-robin "load balancer" that posts 2,000 updates from 200 chats; one
 * replica is killed with SIGKILL midway and restarted. Every update is done once, each chat's questions
 * are answered in order, and the export and eval commands read the log from PostgreSQL.
 */
class ReplicasEndToEndTest {
    private static final int REPLICAS = 3;
    private static final int CHATS = 200;
    private static final int UPDATES = 2_000;
    private static final String SECRET = "replica-test-secret";
    private static final String KEY = "5e".repeat(32);
    /** Ten self-contained questions; each chat asks them in this order (the embedding cache keeps repeats cheap). */
    static final List<String> QUESTIONS = List.of(
            "When was the Year of Interregional Exchanges extended?",
            "How many events did the Cross Years include?",
            "Who succeeded Shinzo Abe?",
            "Who is Maxim Oreshkin?",
            "What is Seko's job?",
            "What is the eight-point plan?",
            "Who proposed the eight-point plan, and in which year?",
            "When did Russia and Japan agree to hold the Year of Interregional Exchanges?",
            "What is the weather in Tokyo?",
            "How many Japanese tourists visited Russia?");

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void buildIndexOnce() {
        BotHarness.app(dataDir); // writes the index cache the replicas load
    }

    @Test
    void threeReplicasAnswerEveryUpdateOnceInOrderPerChatThroughAKillAndRestart(@TempDir Path tmp) throws Exception {
        String url = TestPostgres.url(tmp.resolve("replicas.db"));
        long started = System.nanoTime();
        try (FakeBotApiServer api = new FakeBotApiServer()) {
            int[] ports = new int[REPLICAS];
            List<Map<String, String>> envs = new ArrayList<>();
            ServeProcess[] replicas = new ServeProcess[REPLICAS];
            for (int r = 0; r < REPLICAS; r++) {
                ports[r] = freePort();
                envs.add(env(api, url, ports[r]));
                replicas[r] = ServeProcess.start(dataDir, envs.get(r), tmp.resolve("replica" + r + ".log"));
            }
            long serving = System.nanoTime();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            CompletableFuture<ServeProcess> restarted = null;
            int killedAt = -1;
            int inFlightAtKill = 0;
            for (int i = 0; i < UPDATES; i++) {
                if (i == UPDATES / 2) {
                    int before = api.calls("sendMessage").size();
                    replicas[1].kill();
                    killedAt = i;
                    inFlightAtKill = api.calls("sendMessage").size() - before;
                    restarted = CompletableFuture.supplyAsync(() -> {
                        try {
                            return ServeProcess.start(dataDir, envs.get(1), tmp.resolve("replica1-restarted.log"));
                        } catch (IOException | InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
                long chat = 7_000 + i % CHATS;
                String body = Updates.privateText(chat, QUESTIONS.get(i / CHATS)).put("update_id", 500_000 + i).toString();
                post(http, ports, i % REPLICAS, body);
            }
            long posted = System.nanoTime();
            replicas[1] = restarted.get();
            awaitAllDone(url, Duration.ofMinutes(10));
            long done = System.nanoTime();

            Map<String, List<String>> questionsByChat = loggedQuestionsByChat(url);
            Map<Long, Integer> replies = new HashMap<>();
            for (Call c : api.calls("sendMessage")) {
                if (c.status() == 200) {
                    replies.merge(c.chatId(), 1, Integer::sum);
                }
            }
            int sent = replies.values().stream().mapToInt(Integer::intValue).sum();
            int turns = questionsByChat.values().stream().mapToInt(List::size).sum();
            System.out.printf("replicas: %d updates from %d chats over %d replicas, replica 1 killed after %d posted;"
                            + " start %.1f s, posting %.1f s, all done %.1f s after serving (%.0f updates/s);"
                            + " replies %d, logged turns %d%n",
                    UPDATES, CHATS, REPLICAS, killedAt, (serving - started) / 1e9, (posted - serving) / 1e9,
                    (done - serving) / 1e9, UPDATES / ((done - serving) / 1e9), sent, turns);

            assertEquals(UPDATES, count(url, "SELECT count(*) FROM inbox WHERE state = 'done' AND outcome = 'answered'"),
                    "every update answered: " + outcomes(url));
            assertEquals(CHATS, replies.size(), "every chat got replies");
            assertTrue(replies.values().stream().allMatch(n -> n >= QUESTIONS.size()), "a chat lost a reply: " + replies);
            assertTrue(sent - UPDATES <= 4, "only sends the kill cut off (at most one per worker) may repeat: "
                    + (sent - UPDATES) + " extra, " + inFlightAtKill + " sent during the kill");
            assertEquals(CHATS, questionsByChat.size(), "every chat is in the PostgreSQL log");
            for (Map.Entry<String, List<String>> chat : questionsByChat.entrySet()) {
                assertEquals(QUESTIONS, withoutRepeats(chat.getValue()), "chat " + chat.getKey() + " answered in order");
            }
            assertEquals(UPDATES, turns, "each update logged once, a retry reusing the turn its first attempt logged");

            for (ServeProcess p : replicas) {
                p.close();
            }
            Run export = runMain(tmp, envs.get(0), "export", "--format", "jsonl");
            assertEquals(0, export.code(), export.err());
            assertEquals(turns, export.out().lines().count(), "export reads every turn from PostgreSQL");
            assertTrue(export.err().contains("wrote " + turns + " turns as jsonl"), export.err());
            Run eval = runMain(tmp, envs.get(0), "eval", "--from-log");
            assertEquals(0, eval.code(), eval.out() + eval.err());
            assertTrue(eval.out().contains("replayed " + turns + " logged turns"), "eval replays the PostgreSQL log:\n" + eval.out());
        }
    }

    /** Posts to replica {@code first}; a replica that does not answer 200 (killed) is skipped for the next, as a load balancer does. */
    private static void post(HttpClient http, int[] ports, int first, String body) throws Exception {
        for (int attempt = 0; attempt < 3 * ports.length; attempt++) {
            int port = ports[(first + attempt) % ports.length];
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                        .timeout(Duration.ofSeconds(30))
                        .header("X-Telegram-Bot-Api-Secret-Token", SECRET).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException e) {
                // down: the next replica takes it
            } catch (IOException e) {
                // connection reset by the kill: Telegram would retry, so do we
            }
        }
        throw new AssertionError("no replica took " + body);
    }

    private static Map<String, String> env(FakeBotApiServer api, String url, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApiServer.TOKEN);
        env.put("TELEGRAM_API_URL", api.baseUrl());
        env.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
        env.put("RUJP_TELEGRAM_MODE", "webhook");
        env.put("RUJP_TELEGRAM_WEBHOOK_PORT", Integer.toString(port));
        env.put("RUJP_TELEGRAM_USER_MESSAGES_PER_MINUTE", "10000");
        env.put("RUJP_STORE_URL", url);
        env.put("RUJP_STORE_USER", "postgres");
        env.put("RUJP_PSEUDONYM_KEY", KEY);
        return env;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitAllDone(String url, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(url, "SELECT count(*) FROM inbox WHERE state = 'done'") < UPDATES) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not every update done within " + timeout + ": " + outcomes(url));
            }
            Thread.sleep(500);
        }
    }

    private static int count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String outcomes(String url) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, "postgres", null); ResultSet rs = c.createStatement().executeQuery(
                "SELECT state || ':' || coalesce(outcome, '-'), count(*) FROM inbox GROUP BY 1 ORDER BY 1")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('=').append(rs.getInt(2)).append(' ');
            }
        }
        return out.toString();
    }

    /** Each chat's logged questions in the order they were answered (turn id). */
    private static Map<String, List<String>> loggedQuestionsByChat(String url) throws Exception {
        Map<String, List<String>> byChat = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", null);
             ResultSet rs = c.createStatement().executeQuery("SELECT chat_id, question FROM turns ORDER BY id")) {
            while (rs.next()) {
                byChat.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return byChat;
    }

    private static List<String> withoutRepeats(List<String> questions) {
        List<String> out = new ArrayList<>();
        for (String q : questions) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(q)) {
                out.add(q);
            }
        }
        return out;
    }

    private record Run(int code, String out, String err) {
    }

    /** A command of the jar's Main in a JVM of its own, with this environment (the store settings come from it). */
    private static Run runMain(Path tmp, Map<String, String> env, String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classPath, "org.rujp.bot.cli.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", dataDir.toString()));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder b = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        b.environment().keySet().removeIf(k -> k.startsWith("RUJP_") || k.startsWith("TELEGRAM_"));
        b.environment().putAll(env);
        Process p = b.start();
        if (!p.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}

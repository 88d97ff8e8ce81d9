package org.rujp.bot.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rujp.bot.store.TestPostgres;

/**
 * Throughput of {@code serve} replicas in webhook mode (separate JVMs on loopback) on the SQLite file or
 * on PostgreSQL: {@code updates} questions from {@code chats} chats (ten questions round-robin, so the
 * question cache answers repeats) are posted by four clients (each chat's in order) as fast as the
 * replicas take them, round-robin over the replicas. Reports updates/s, the latency from posting an update
 * to its reply reaching the loopback Bot API (p50, p95), and on PostgreSQL the database transactions and
 * the time sessions spent running statements, per update (from {@code pg_stat_database}).
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.rujp.bot.telegram.ReplicaBenchmark -Dexec.args="postgres 3 1000 100"</pre>
 * Arguments: engine ({@code sqlite} or {@code postgres}), replicas (1; SQLite takes one), updates (1000), chats (100).
 */
public final class ReplicaBenchmark {
    private static final String SECRET = "bench-secret";
    /** The end-to-end test's ten questions, so that the benchmark measures the same answering work. */
    private static final List<String> QUESTIONS = ReplicasEndToEndTest.QUESTIONS;

    private ReplicaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "postgres";
        int replicas = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int updates = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int chats = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        boolean postgres = engine.equals("postgres");
        if (System.getProperty("surefire.test.class.path") == null
                && Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
            // under exec:java the project's class path is the class loader's, which the serve processes need
            List<String> entries = new ArrayList<>();
            for (java.net.URL u : loader.getURLs()) {
                entries.add(Path.of(u.toURI()).toString());
            }
            System.setProperty("surefire.test.class.path", String.join(java.io.File.pathSeparator, entries));
        }
        Path dir = Files.createTempDirectory("replica-bench");
        BotHarness.app(dir); // the index cache the replicas load
        String url = postgres ? TestPostgres.url(dir.resolve("bench.db")) : null;
        Map<Long, ConcurrentLinkedQueue<Long>> postedAt = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger replies = new AtomicInteger();
        try (FakeBotApiServer api = new FakeBotApiServer()) {
            api.onCall(c -> {
                if (c.method().equals("sendmessage") && c.status() == 200 && c.chatId() >= 20_000) {
                    Long at = postedAt.getOrDefault(c.chatId(), new ConcurrentLinkedQueue<>()).poll();
                    if (at != null) {
                        latencies.add(System.nanoTime() - at);
                    }
                    replies.incrementAndGet();
                }
            });
            int[] ports = new int[replicas];
            List<ServeProcess> running = new ArrayList<>();
            try {
                for (int r = 0; r < replicas; r++) {
                    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                        ports[r] = s.getLocalPort();
                    }
                    Map<String, String> env = new HashMap<>();
                    env.put("TELEGRAM_BOT_TOKEN", FakeBotApiServer.TOKEN);
                    env.put("TELEGRAM_API_URL", api.baseUrl());
                    env.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
                    env.put("RUJP_TELEGRAM_MODE", "webhook");
                    env.put("RUJP_TELEGRAM_WEBHOOK_PORT", Integer.toString(ports[r]));
                    env.put("RUJP_TELEGRAM_USER_MESSAGES_PER_MINUTE", "10000");
                    env.put("RUJP_PSEUDONYM_KEY", "5e".repeat(32));
                    if (postgres) {
                        env.put("RUJP_STORE_URL", url);
                        env.put("RUJP_STORE_USER", "postgres");
                    }
                    running.add(ServeProcess.start(dir, env, dir.resolve("replica" + r + ".log")));
                }
                // warm up: each question once per replica, not measured
                HttpClient http = HttpClient.newHttpClient();
                long warmId = 1;
                for (int r = 0; r < replicas; r++) {
                    for (String q : QUESTIONS) {
                        post(http, ports[r], Updates.privateText(10 + r, q).put("update_id", warmId++).toString());
                    }
                }
                api.await(c -> c.method().equals("sendmessage") && c.status() == 200, replicas * QUESTIONS.size(), Duration.ofMinutes(5));
                long[] db0 = postgres ? dbStats(url) : null;
                long start = System.nanoTime();
                ExecutorService clients = Executors.newFixedThreadPool(4);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int client = t;
                    done.add(clients.submit(() -> {
                        for (int i = client; i < updates; i += 4) {
                            long chat = 20_000 + (i % chats);
                            String body = Updates.privateText(chat, QUESTIONS.get((i / chats) % QUESTIONS.size()))
                                    .put("update_id", 1_000_000 + i).toString();
                            postedAt.computeIfAbsent(chat, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime());
                            post(http, ports[i % replicas], body);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                clients.shutdown();
                long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
                while (replies.get() < updates && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                long elapsed = System.nanoTime() - start;
                long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "ReplicaBenchmark: %s, %d replica(s), %d updates from %d chats, %d cores%n",
                        engine, replicas, updates, chats, Runtime.getRuntime().availableProcessors());
                System.out.printf(Locale.ROOT, "  throughput: %.1f updates/s (%.1f s); replies %d%n", updates / (elapsed / 1e9),
                        elapsed / 1e9, replies.get());
                System.out.printf(Locale.ROOT, "  latency (posted -> reply at the Bot API): p50 %d ms, p95 %d ms%n",
                        pct(sorted, 50), pct(sorted, 95));
                if (postgres) {
                    long[] db1 = dbStats(url);
                    System.out.printf(Locale.ROOT, "  database: %.1f transactions per update, %.1f rows written per update,"
                                    + " %.2f ms of statement time per update%n",
                            (db1[0] - db0[0]) / (double) updates, (db1[1] - db0[1]) / (double) updates,
                            (db1[2] - db0[2]) / 1000.0 / updates);
                }
            } finally {
                for (ServeProcess p : running) {
                    p.close();
                }
            }
        }
        System.exit(0);
    }

    private static void post(HttpClient http, int port, String body) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                        .header("X-Telegram-Bot-Api-Secret-Token", SECRET).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // retried
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("update not taken: " + body);
    }

    /** Transactions, rows written and (when the server tracks it) statement time in microseconds, of this database. */
    private static long[] dbStats(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            c.createStatement().execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT xact_commit + xact_rollback, tup_inserted + tup_updated"
                    + " + tup_deleted, (active_time * 1000)::bigint FROM pg_stat_database WHERE datname = current_database()")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000_000;
    }
}

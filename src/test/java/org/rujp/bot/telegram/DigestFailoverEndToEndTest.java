package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.digest.DigestDelivery;
import org.rujp.bot.ops.PrometheusText;
import org.rujp.bot.store.TestPostgres;
import org.rujp.bot.telegram.FakeBotApiServer.Call;

/**
 * Two {@code serve} replicas (separate JVMs, webhook mode) on one PostgreSQL store with 30 daily
 * subscribers; the digest is due every minute and paced at two messages a second, and the Bot API answers
 * every message after 2.5 s, so that several digests are on their way at any moment. The replica holding the
 * digest-sender role is killed with SIGKILL while some are: Telegram accepts those, but the killed replica never
 * records it. The other replica takes the role over at its next tick and finishes the run from the same
 * delivery ledger. No subscriber gets the digest twice: each either got it once, or is one of the few the store
 * reports uncertain (at most one per digest worker, the sends that can be on their way at once), which
 * {@code digest status} lists and {@code /metrics} counts.
 */
class DigestFailoverEndToEndTest {
    private static final int SUBSCRIBERS = 30;
    private static final long FIRST_CHAT = 30_000;
    private static final String SECRET = "digest-failover-secret";
    private static final String DIGEST = "Russia–Japan digest,";
    private static final String PSEUDONYM_KEY = "7a".repeat(32);
    private static final Pattern UNCERTAIN_LINE = Pattern.compile("(?m)^  daily:\\S+  chat pseudonym ([0-9a-f]{16})  in flight by (.+?) since ");

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void buildIndexOnce() {
        BotHarness.app(dataDir);
    }

    @Test
    void whenTheSendingReplicaIsKilledMidSendTheOtherFinishesTheDigestAndNoSubscriberGetsItTwice(@TempDir Path tmp)
            throws Exception {
        String url = TestPostgres.url(tmp.resolve("digests.db"));
        try (FakeBotApiServer api = new FakeBotApiServer()) {
            int[] ports = {freePort(), freePort()};
            Path[] logs = {tmp.resolve("a.log"), tmp.resolve("b.log")};
            ServeProcess a = ServeProcess.start(dataDir, env(api, url, ports[0]), logs[0]);
            try (ServeProcess b = ServeProcess.start(dataDir, env(api, url, ports[1]), logs[1])) {
                a.awaitLog("holds the digest-sender role", Duration.ofSeconds(30)); // the first to tick
                HttpClient http = HttpClient.newHttpClient();
                for (int i = 0; i < SUBSCRIBERS; i++) {
                    String body = Updates.privateText(FIRST_CHAT + i, "/subscribe daily").put("update_id", 800_000 + i).toString();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[i % 2]
                                    + "/telegram/webhook")).header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode());
                }
                api.await(c -> c.method().equals("sendmessage") && c.text().contains("Subscribed: a daily digest"), SUBSCRIBERS,
                        Duration.ofMinutes(2));
                api.inject("sendMessage", 0, FakeBotApiServer.Failure.slow(2_500), Integer.MAX_VALUE);

                api.await(c -> isDigest(c), 5, Duration.ofMinutes(4));
                int onTheirWay = awaitSendsOnTheirWay(api);
                a.kill();
                int beforeKill = digests(api).size();
                Thread.sleep(4_000); // the sends the kill cut off are accepted now, with nobody left to record them
                int accepted = digests(api).size();

                b.awaitLog("holds the digest-sender role", Duration.ofMinutes(3));
                b.awaitLog("Digest run at", Duration.ofMinutes(3));
                Thread.sleep(3_000); // any second copy would arrive now

                Map<Long, Integer> perChat = new HashMap<>();
                for (Call c : digests(api)) {
                    perChat.merge(c.chatId(), 1, Integer::sum);
                }
                Map<String, Long> chatOf = new HashMap<>();
                for (long chat = FIRST_CHAT; chat < FIRST_CHAT + SUBSCRIBERS; chat++) {
                    chatOf.put(pseudonym(chat), chat);
                }
                String status = digestStatus(env(api, url, ports[0]), tmp.resolve("status.log"));
                Set<Long> uncertain = new TreeSet<>();
                Matcher m = UNCERTAIN_LINE.matcher(status);
                while (m.find()) {
                    assertTrue(chatOf.containsKey(m.group(1)), "an uncertain delivery of a subscriber: " + status);
                    assertTrue(m.group(2).contains(" pid "), "names the replica that left it in flight: " + status);
                    uncertain.add(chatOf.get(m.group(1)));
                }
                System.out.printf("digest failover: %d subscribers, %d digests accepted before the kill with %d on their way,"
                        + " %d once those were accepted, %d in all; uncertain in the store: %d %s%n", SUBSCRIBERS, beforeKill,
                        onTheirWay, accepted, digests(api).size(), uncertain.size(), uncertain);

                assertTrue(perChat.values().stream().allMatch(n -> n == 1), "no chat got the digest twice: " + perChat);
                for (long chat = FIRST_CHAT; chat < FIRST_CHAT + SUBSCRIBERS; chat++) {
                    assertTrue(perChat.containsKey(chat) || uncertain.contains(chat),
                            "chat " + chat + " got the digest once or is reported uncertain: " + perChat + ", uncertain " + uncertain);
                }
                assertTrue(uncertain.size() <= DigestDelivery.Options.DEFAULT.workers(),
                        "at most the sends that can be on their way at once are uncertain: " + uncertain);
                assertTrue(uncertain.size() >= 1, "the kill cut " + onTheirWay + " send(s) off: the store must say so");
                assertTrue(status.contains("rujp-bot digest status: 1 digest planned since "), status);
                assertTrue(status.contains(", " + SUBSCRIBERS + " deliveries, " + uncertain.size() + " uncertain"), status);
                String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[1] + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertEquals(java.util.OptionalDouble.of(uncertain.size()),
                        PrometheusText.value(metrics, "rujp_digest_uncertain_total", "action=skipped"),
                        "the replica that found them counted them: " + metrics.lines().filter(l -> l.contains("uncertain")).toList());
                String bLog = Files.readString(logs[1], StandardCharsets.UTF_8);
                assertTrue(bLog.contains("Digest run at"), "the second replica ran the digest:\n" + bLog);
                assertTrue(bLog.contains("is uncertain"), "and warned of the uncertain ones:\n" + bLog);
            } finally {
                a.close();
            }
        }
    }

    /** Waits until some digest request has reached the Bot API and is not answered yet; returns how many are. */
    private static int awaitSendsOnTheirWay(FakeBotApiServer api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            int open = api.arrived("sendMessage") - api.calls("sendMessage").size();
            if (open > 0) {
                return open;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no digest was on its way: " + api.summary());
    }

    /** {@code rujp-bot digest status} in a JVM of its own, with the replicas' environment; its standard output. */
    private static String digestStatus(Map<String, String> env, Path log) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "org.rujp.bot.cli.Main", "digest", "status", "--days", "1", "--data-dir", dataDir.toString())
                .redirectError(log.toFile());
        b.environment().keySet().removeIf(k -> k.startsWith("RUJP_") || k.startsWith("TELEGRAM_"));
        b.environment().putAll(env);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out + Files.readString(log, StandardCharsets.UTF_8));
        return out;
    }

    /** The chat's pseudonym as the store shows it: HMAC-SHA256 of "telegram:ID" under the pseudonym key, 16 hex digits. */
    private static String pseudonym(long chatId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(PSEUDONYM_KEY), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(("telegram:" + chatId).getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    private static boolean isDigest(Call c) {
        return c.method().equals("sendmessage") && c.status() == 200 && c.text().contains(DIGEST);
    }

    private static List<Call> digests(FakeBotApiServer api) {
        return api.calls("sendMessage").stream().filter(DigestFailoverEndToEndTest::isDigest).toList();
    }

    private static Map<String, String> env(FakeBotApiServer api, String url, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApiServer.TOKEN);
        env.put("TELEGRAM_API_URL", api.baseUrl());
        env.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
        env.put("RUJP_TELEGRAM_MODE", "webhook");
        env.put("RUJP_TELEGRAM_WEBHOOK_PORT", Integer.toString(port));
        env.put("RUJP_STORE_URL", url);
        env.put("RUJP_STORE_USER", "postgres");
        env.put("RUJP_PSEUDONYM_KEY", PSEUDONYM_KEY);
        env.put("RUJP_DIGEST_DAILY_CRON", "* * * * *"); // due every minute: once a day per chat all the same
        env.put("RUJP_DIGEST_ZONE", "UTC");
        env.put("RUJP_DIGEST_MESSAGES_PER_SECOND", "2");
        return env;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.store.TestPostgres;
import org.rujp.bot.telegram.FakeBotApiServer.Call;

/**
 * Two {@code serve} replicas (separate JVMs, webhook mode) on one PostgreSQL store with 30 daily
 * subscribers; the digest is due every minute and paced at two messages a second. The replica holding the
 * digest-sender role is killed with SIGKILL while it sends; the other takes the role over at its next tick
 * and finishes the run from the same delivery ledger: every subscriber gets the digest, none twice but for
 * a send the kill cut off.
 */
class DigestFailoverEndToEndTest {
    private static final int SUBSCRIBERS = 30;
    private static final String SECRET = "digest-failover-secret";
    private static final String DIGEST = "Russia–Japan digest,";

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void buildIndexOnce() {
        BotHarness.app(dataDir);
    }

    @Test
    void whenTheSendingReplicaIsKilledTheOtherFinishesTheDigestAndNoSubscriberGetsItTwice(@TempDir Path tmp) throws Exception {
        String url = TestPostgres.url(tmp.resolve("digests.db"));
        try (FakeBotApiServer api = new FakeBotApiServer()) {
            int[] ports = {freePort(), freePort()};
            Path[] logs = {tmp.resolve("a.log"), tmp.resolve("b.log")};
            ServeProcess a = ServeProcess.start(dataDir, env(api, url, ports[0]), logs[0]);
            try (ServeProcess b = ServeProcess.start(dataDir, env(api, url, ports[1]), logs[1])) {
                a.awaitLog("holds the digest-sender role", Duration.ofSeconds(30)); // the first to tick
                HttpClient http = HttpClient.newHttpClient();
                for (int i = 0; i < SUBSCRIBERS; i++) {
                    String body = Updates.privateText(30_000 + i, "/subscribe daily").put("update_id", 800_000 + i).toString();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[i % 2]
                                    + "/telegram/webhook")).header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode());
                }
                api.await(c -> c.method().equals("sendmessage") && c.text().contains("Subscribed: a daily digest"), SUBSCRIBERS,
                        Duration.ofMinutes(2));

                api.await(c -> isDigest(c), 8, Duration.ofMinutes(4));
                a.kill();
                int beforeKill = digests(api).size();
                Thread.sleep(1_000); // a send the kill cut off reaches the server now, if it does
                int afterKill = digests(api).size();

                b.awaitLog("holds the digest-sender role", Duration.ofMinutes(3));
                api.await(c -> isDigest(c), SUBSCRIBERS, Duration.ofMinutes(3));
                Thread.sleep(5_000); // any second copy would arrive now

                Map<Long, Integer> perChat = new HashMap<>();
                for (Call c : digests(api)) {
                    perChat.merge(c.chatId(), 1, Integer::sum);
                }
                int doubled = perChat.values().stream().mapToInt(n -> n - 1).sum();
                System.out.printf("digest failover: %d subscribers, %d digests sent by the leader before the kill (%d by the"
                        + " time it was dead), %d in all, %d chats got it twice%n", SUBSCRIBERS, beforeKill, afterKill,
                        digests(api).size(), doubled);
                assertEquals(SUBSCRIBERS, perChat.size(), "every subscriber got the digest: " + perChat);
                assertTrue(doubled <= afterKill - beforeKill + 1, "only a send the kill cut off may repeat: " + perChat);
                String bLog = Files.readString(logs[1], StandardCharsets.UTF_8);
                assertTrue(bLog.contains("Digest run at"), "the second replica ran the digest:\n" + bLog);
            } finally {
                a.close();
            }
        }
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
        env.put("RUJP_PSEUDONYM_KEY", "7a".repeat(32));
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

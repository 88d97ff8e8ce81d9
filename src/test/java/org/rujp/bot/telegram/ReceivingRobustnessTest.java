package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.CapturedLogs;
import org.rujp.bot.config.TelegramSettings;

/** Receiving updates when the input or the API misbehaves: malformed updates, a revoked token, slow clients. */
class ReceivingRobustnessTest {
    static final String QUESTION = "When was the Year of Interregional Exchanges extended?";
    static final String SECRET = "s3cret_Token-for-tests";

    @TempDir
    static Path dataDir;
    static App app;

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    @BeforeAll
    static void loadPipeline() {
        app = BotHarness.app(dataDir);
    }

    private List<String> logLines(String containing) {
        List<String> out = new ArrayList<>();
        for (ILoggingEvent e : logs.events()) {
            if (e.getFormattedMessage().contains(containing)) {
                out.add(e.getFormattedMessage());
            }
        }
        return out;
    }

    static ObjectNode poisoned(long user, String field) {
        ObjectNode u = Updates.privateText(user, QUESTION);
        ObjectNode m = (ObjectNode) u.get("message");
        switch (field) {
            case "from.id" -> ((ObjectNode) m.get("from")).put("id", "abc");
            case "text" -> m.putObject("text");
            case "date" -> m.put("date", "yesterday");
            default -> throw new IllegalArgumentException(field);
        }
        return u;
    }

    @Nested
    class MalformedUpdates {
        @Test
        void aMalformedUpdateBetweenTwoGoodOnesIsSkippedCountedAndLoggedOnceAndBothGoodOnesAreAnswered() {
            try (BotHarness h = BotHarness.start(app)) {
                h.api.enqueueAll(Updates.privateText(7001, QUESTION), poisoned(7002, "from.id"), poisoned(7003, "text"),
                        poisoned(7004, "date"), Updates.privateText(7005, QUESTION));

                h.api.awaitDelivered(7001, 1);
                h.api.awaitDelivered(7005, 1);
                h.awaitIdle();

                assertEquals(3, h.bot.handler().skipped());
                assertEquals(3, logLines("skipped, it cannot be read").size(), logLines("skipped").toString());
                assertTrue(logLines("skipped, it cannot be read").get(0).matches("update \\d+: skipped, it cannot be read \\(field message\\.from\\.id: .*\\)"),
                        logLines("skipped").get(0));
                assertEquals(0, h.api.unconfirmed(), "polling went on past the bad updates");
            }
        }

        @Test
        void theWebhookAnswersAMalformedUpdate200SoThatTelegramDoesNotSendItForever() throws Exception {
            FakeBotApiServer api = new FakeBotApiServer();
            try (BotHarness h = BotHarness.start(app, api, new InMemoryInbox(), webhookSettings(api), app.answerer())) {
                HttpClient http = HttpClient.newHttpClient();
                assertEquals(200, post(http, h, poisoned(7102, "text").put("update_id", 51).toString()).statusCode());
                assertEquals(200, post(http, h, Updates.privateText(7103, QUESTION).put("update_id", 52).toString()).statusCode());

                api.awaitDelivered(7103, 1);
                assertEquals(1, h.bot.handler().skipped());
            }
        }
    }

    @Nested
    class RevokedToken {
        @Test
        void a401AfterStartUpIsReportedOnceClearlyAndPollingBacksOff() throws Exception {
            try (BotHarness h = BotHarness.start(app)) {
                h.api.enqueue(Updates.privateText(7201, QUESTION));
                h.api.awaitDelivered(7201, 1);

                h.api.revokeToken();
                Thread.sleep(4_000);

                long unauthorized = h.api.calls("getUpdates").stream().filter(c -> c.status() == 401).count();
                assertEquals(1, unauthorized, "one getUpdates answered 401, then the poller waits");
                assertTrue(h.bot.tokenRejected());
                List<String> said = logLines("401 Unauthorized");
                assertEquals(1, said.size(), said.toString());
                assertTrue(said.get(0).contains("TELEGRAM_BOT_TOKEN was revoked or replaced"), said.get(0));
                assertTrue(logs.events().stream().noneMatch(e -> e.getThrowableProxy() != null), "no stack traces");
            }
        }
    }

    @Nested
    class SlowWebhookClients {
        @Test
        void threeHundredSlowConnectionsDoNotHoldUpAWellFormedUpdate() throws Exception {
            FakeBotApiServer api = new FakeBotApiServer();
            try (BotHarness h = BotHarness.start(app, api, new InMemoryInbox(), webhookSettings(api), app.answerer())) {
                // One question first, so that the time measured is the slow connections', not a cold JVM's first answer.
                HttpClient warm = HttpClient.newHttpClient();
                assertEquals(200, post(warm, h, Updates.privateText(7300, QUESTION).put("update_id", 60).toString()).statusCode());
                api.awaitDelivered(7300, 1);
                List<Socket> slow = new ArrayList<>();
                try {
                    for (int i = 0; i < 300; i++) {
                        Socket s = new Socket(InetAddress.getLoopbackAddress(), h.bot.webhookPort());
                        OutputStream out = s.getOutputStream();
                        // Half a request: headers never finished, a body promised and never sent.
                        out.write((i % 2 == 0 ? "POST /telegram/webhook HTTP/1.1\r\nHost: x\r\n"
                                : "POST /telegram/webhook HTTP/1.1\r\nContent-Length: 500\r\n" + WebhookServer.SECRET_HEADER + ": "
                                + SECRET + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        slow.add(s);
                    }
                    HttpClient http = HttpClient.newHttpClient();
                    long start = System.nanoTime();
                    HttpResponse<String> r = post(http, h, Updates.privateText(7301, QUESTION).put("update_id", 61).toString());
                    long accepted = System.nanoTime();
                    api.awaitDelivered(7301, 1);
                    long answered = System.nanoTime();

                    System.out.printf("300 slow webhook connections open: update accepted in %d ms, answer sent %d ms after posting%n",
                            (accepted - start) / 1_000_000, (answered - start) / 1_000_000);
                    assertEquals(200, r.statusCode());
                    assertTrue(answered - start < Duration.ofSeconds(1).toNanos(), "answered in " + (answered - start) / 1_000_000 + " ms");
                } finally {
                    for (Socket s : slow) {
                        s.close();
                    }
                }
            }
        }

        @Test
        void aClientThatNeverFinishesItsRequestIsDisconnectedAfterTheReadTimeout() throws Exception {
            FakeBotApiServer api = new FakeBotApiServer();
            TelegramSettings tg = new TelegramSettings(Optional.of(FakeBotApiServer.TOKEN), api.baseUrl(), TelegramSettings.Mode.WEBHOOK,
                    8443, "/telegram/webhook", Optional.of(SECRET), 2, Duration.ofSeconds(20), 20, "127.0.0.1", 16, Duration.ofSeconds(1));
            try (BotHarness h = BotHarness.start(app, api, new InMemoryInbox(), tg, app.answerer());
                 Socket s = new Socket(InetAddress.getLoopbackAddress(), h.bot.webhookPort())) {
                s.getOutputStream().write("POST /telegram/webhook HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                s.setSoTimeout(5_000);
                long start = System.nanoTime();

                assertEquals(-1, s.getInputStream().read(), "closed without a response");
                long waited = (System.nanoTime() - start) / 1_000_000;
                assertTrue(waited >= 500 && waited < 3_000, "closed after " + waited + " ms");
            }
        }
    }

    static TelegramSettings webhookSettings(FakeBotApiServer api) {
        return new TelegramSettings(Optional.of(FakeBotApiServer.TOKEN), api.baseUrl(), TelegramSettings.Mode.WEBHOOK,
                8443, "/telegram/webhook", Optional.of(SECRET), 2, Duration.ofSeconds(20), 20);
    }

    static HttpResponse<String> post(HttpClient http, BotHarness h, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + h.bot.webhookPort() + "/telegram/webhook"))
                .header("Content-Type", "application/json").header(WebhookServer.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

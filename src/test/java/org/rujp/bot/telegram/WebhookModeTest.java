package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.config.TelegramSettings;

/** Webhook mode: our HTTP endpoint, posted to over real HTTP as the Bot API would. */
class WebhookModeTest {
    static final String SECRET = "s3cret_Token-for-tests";
    static final long ALICE = 5001;

    @TempDir
    static Path dataDir;
    static App app;

    BotHarness h;
    HttpClient http = HttpClient.newHttpClient();
    long nextId = 100;

    @BeforeAll
    static void loadPipeline() {
        app = BotHarness.app(dataDir);
    }

    @BeforeEach
    void startBot() {
        FakeBotApiServer api = new FakeBotApiServer();
        TelegramSettings tg = new TelegramSettings(Optional.of(FakeBotApiServer.TOKEN), api.baseUrl(), TelegramSettings.Mode.WEBHOOK,
                8443, "/telegram/webhook", Optional.of(SECRET), 2, Duration.ofSeconds(20), 20);
        h = BotHarness.start(app, api, new InMemoryInbox(), tg, app.answerer());
    }

    @AfterEach
    void stopBot() {
        h.close();
    }

    @Test
    void rejectsRequestsWithoutOrWithAWrongSecret() throws Exception {
        assertEquals(401, post(update(ALICE, "/help"), null).statusCode());
        assertEquals(403, post(update(ALICE, "/help"), "wrong").statusCode());
        assertEquals(0, h.api.calls("sendMessage").size());
        assertEquals(0, h.api.calls("getUpdates").size(), "no polling in webhook mode");
    }

    @Test
    void acceptsAnUpdateAndAnswersIt() throws Exception {
        HttpResponse<String> response = post(update(ALICE, "When was the Year of Interregional Exchanges extended?"), SECRET);

        assertEquals(200, response.statusCode());
        assertTrue(h.api.awaitDelivered(ALICE, 1).get(0).text().contains("2021"));
    }

    @Test
    void answersAnUpdateDeliveredTwiceOnlyOnce() throws Exception {
        String body = update(ALICE, "/about");
        assertEquals(200, post(body, SECRET).statusCode());
        assertEquals(200, post(body, SECRET).statusCode(), "a retried delivery is acknowledged");
        assertEquals(200, post(update(ALICE, "/help"), SECRET).statusCode());

        h.api.awaitDelivered(ALICE, 2);
        awaitIdle();

        assertEquals(2, h.api.delivered(ALICE).size(), h.api.summary());
    }

    @Test
    void refusesWhatIsNotAnUpdate() throws Exception {
        assertEquals(400, post("{not json", SECRET).statusCode());
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
    }

    private String update(long userId, String text) {
        return Updates.privateText(userId, text).put("update_id", nextId++).toString();
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + h.bot.webhookPort() + "/telegram/webhook");
    }

    private HttpResponse<String> post(String body, String secret) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            b.header(WebhookServer.SECRET_HEADER, secret);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (h.bot.handler().backlog() > 0) {
            assertTrue(System.nanoTime() < deadline, "the bot did not become idle");
            Thread.sleep(10);
        }
    }
}

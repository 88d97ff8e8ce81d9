package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.rujp.bot.ops.Health;
import org.rujp.bot.ops.ManagementServer;
import org.rujp.bot.ops.MicrometerMetrics;
import org.rujp.bot.ops.OpsEndpoints;
import org.rujp.bot.ops.PrometheusText;
import org.rujp.bot.store.Store;

/**
 * {@code GET /healthz} and {@code GET /metrics} of a bot in webhook mode, wired as {@code serve} wires it (real
 * SQLite store and inbox, real pipeline), on the webhook port and on a management port, over real HTTP.
 */
class OperationsEndpointsTest {
    static final String SECRET = "ops_Secret-for-tests";
    static final long ALICE = 7001;
    static final long BOB = 7002;

    @TempDir
    static Path dataDir;
    static App app;

    @TempDir
    Path storeDir;

    FakeBotApiServer api;
    Store store;
    TelegramBot bot;
    ManagementServer management;
    final HttpClient http = HttpClient.newHttpClient();
    long nextId = 300;

    @BeforeAll
    static void loadPipeline() {
        app = BotHarness.app(dataDir);
    }

    @BeforeEach
    void startBot() {
        api = new FakeBotApiServer();
        store = Store.open(app.settings().withDataDir(storeDir));
        MicrometerMetrics metrics = new MicrometerMetrics();
        OpsEndpoints endpoints = new OpsEndpoints(new Health()
                .add("index", () -> Optional.empty())
                .add("store", store::unreachable), metrics);
        TelegramSettings tg = new TelegramSettings(Optional.of(FakeBotApiServer.TOKEN), api.baseUrl(), TelegramSettings.Mode.WEBHOOK,
                8443, "/telegram/webhook", Optional.of(SECRET), 2, Duration.ofSeconds(20), 20);
        bot = TelegramBot.start(BotHarness.parts(app, tg, store.inbox(), store.log(), app.answerer()).withOperations(metrics, endpoints));
        metrics.watchInbox(() -> store.inbox().unfinished(1_000).size(), () -> bot.handler().backlog());
        management = ManagementServer.start(new java.net.InetSocketAddress("127.0.0.1", 0), endpoints);
    }

    @AfterEach
    void stopBot() {
        management.close();
        bot.close();
        api.close();
        store.close();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void post(long userId, String text) throws Exception {
        String body = Updates.privateText(userId, text).put("update_id", nextId++).toString();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.webhookPort() + "/telegram/webhook"))
                .header(WebhookServer.SECRET_HEADER, SECRET).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    private static double value(String metrics, String name, String... labels) {
        return PrometheusText.value(metrics, name, labels).orElseThrow(() -> new AssertionError(name + " missing:\n" + metrics));
    }

    @Test
    void healthIsReadyOnBothPortsWithoutTheSecret() throws Exception {
        for (int port : new int[] {bot.webhookPort(), management.port()}) {
            HttpResponse<String> r = get(port, "/healthz");

            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode json = new ObjectMapper().readTree(r.body());
            assertEquals("ready", json.get("status").asText());
            assertEquals("ok", json.at("/checks/index").asText());
            assertEquals("ok", json.at("/checks/store").asText());
        }
    }

    @Test
    void healthIs503NamingTheStoreWhenItCannotBeReached() throws Exception {
        store.close();

        for (int port : new int[] {bot.webhookPort(), management.port()}) {
            HttpResponse<String> r = get(port, "/healthz");

            assertEquals(503, r.statusCode(), r.body());
            JsonNode json = new ObjectMapper().readTree(r.body());
            assertEquals("not ready", json.get("status").asText());
            assertEquals("ok", json.at("/checks/index").asText());
            assertTrue(json.at("/checks/store").asText().startsWith("not reachable"), r.body());
        }
    }

    @Test
    void metricsCountUpdatesAnswersRefusalsAndRateLimits() throws Exception {
        String before = get(management.port(), "/metrics").body();
        assertEquals(0.0, value(before, "rujp_updates_received_total"));
        assertEquals(0.0, value(before, "rujp_inbox_depth"));
        api.inject("sendMessage", ALICE, FakeBotApiServer.Failure.tooManyRequests(1), 1);

        post(ALICE, "When was the Year of Interregional Exchanges extended?");
        post(BOB, "What is the price of bitcoin?");
        api.awaitDelivered(ALICE, 1);
        api.awaitDelivered(BOB, 1);
        awaitFinished(2);

        HttpResponse<String> r = get(bot.webhookPort(), "/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"), r.headers().toString());
        String m = r.body();
        assertEquals(2.0, value(m, "rujp_updates_received_total"), m);
        assertEquals(2.0, value(m, "rujp_updates_answered_total"), m);
        assertEquals(1.0, value(m, "rujp_answer_latency_seconds_count", "lang=en", "outcome=answered"), m);
        assertEquals(1.0, value(m, "rujp_answer_latency_seconds_count", "lang=en", "outcome=refused"), m);
        assertEquals(1.0, value(m, "rujp_answer_latency_seconds_bucket", "lang=en", "outcome=answered", "le=+Inf"), m);
        assertTrue(value(m, "rujp_answer_latency_seconds_sum", "lang=en", "outcome=answered") >= 1.0,
                "the answer waited out the 429's retry_after of 1 s: " + m);
        assertEquals(1.0, value(m, "rujp_refusals_total", "lang=en"), m);
        assertEquals(1.0, value(m, "rujp_telegram_rate_limited_total", "method=sendMessage"), m);
        assertEquals(0.0, value(m, "rujp_inbox_depth"), m);
        assertTrue(PrometheusText.value(m, "rujp_updates_failed_total").isEmpty(), "nothing failed: " + m);
        assertEquals(m.lines().filter(l -> l.startsWith("rujp_") || l.startsWith("# TYPE rujp_")).count(),
                get(management.port(), "/metrics").body().lines().filter(l -> l.startsWith("rujp_") || l.startsWith("# TYPE rujp_")).count(),
                "the management port serves the same metrics");
    }

    @Test
    void theWebhookPathStillNeedsTheSecretAndOtherPathsAreNotFound() throws Exception {
        assertEquals(405, get(bot.webhookPort(), "/telegram/webhook").statusCode());
        assertEquals(404, get(bot.webhookPort(), "/nothing-here").statusCode());
        assertEquals(404, get(management.port(), "/telegram/webhook").statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management.port() + "/healthz"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    /** Waits until {@code n} updates are finished in the inbox's metrics. */
    private void awaitFinished(int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (PrometheusText.value(get(management.port(), "/metrics").body(), "rujp_updates_finished_total").orElse(0) < n) {
            assertTrue(System.nanoTime() < deadline, "updates not finished in 30 s");
            Thread.sleep(50);
        }
    }
}

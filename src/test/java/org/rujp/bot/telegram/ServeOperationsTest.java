package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.digest.SendOutcome;
import org.rujp.bot.ops.MicrometerMetrics;
import org.rujp.bot.ops.PrometheusText;

/**
 * A real {@code serve} process in long-polling mode, which has no webhook port: /healthz and /metrics on
 * {@code management.bind}, and its log lines as JSON with {@code RUJP_LOG_FORMAT=json}.
 */
class ServeOperationsTest {
    @TempDir
    static Path dataDir;

    @BeforeAll
    static void buildIndexOnce() {
        BotHarness.app(dataDir); // writes the index cache the serve process loads
    }

    @Test
    void pollingServesHealthAndMetricsOnTheManagementPortAndLogsJson(@TempDir Path tmp) throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = tmp.resolve("serve.log");
        HttpClient http = HttpClient.newHttpClient();
        try (FakeBotApiServer api = new FakeBotApiServer();
             ServeProcess serve = ServeProcess.start(dataDir, Map.of("TELEGRAM_BOT_TOKEN", FakeBotApiServer.TOKEN,
                     "TELEGRAM_API_URL", api.baseUrl(), "RUJP_STORE_FILE", "ops-" + System.nanoTime() + ".db",
                     "RUJP_MANAGEMENT_BIND", "127.0.0.1:" + port, "RUJP_LOG_FORMAT", "json", "RUJP_LOG_LEVEL", "INFO"), log)) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertEquals("ready", new ObjectMapper().readTree(health.body()).get("status").asText());

            api.enqueue(Updates.privateText(8001, "When was the Year of Interregional Exchanges extended?"));
            api.awaitDelivered(8001, 1);
            String metrics = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (PrometheusText.value(metrics, "rujp_updates_answered_total").orElse(0) < 1) {
                assertTrue(System.nanoTime() < deadline, "no answered update in the metrics:\n" + metrics);
                Thread.sleep(100);
                metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            assertEquals(1.0, PrometheusText.value(metrics, "rujp_updates_received_total").orElseThrow(), metrics);
            java.util.OptionalDouble latencies = PrometheusText.value(metrics, "rujp_answer_latency_seconds_count", "lang=en");
            assertTrue(latencies.isPresent(), "no English answer latency in the metrics:\n" + metrics + "\nserve logged:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
            assertEquals(1.0, latencies.getAsDouble(), metrics);
            assertTrue(PrometheusText.value(metrics, "jvm_memory_used_bytes").isPresent(), metrics);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 3, "serve logged: " + lines);
        ObjectMapper json = new ObjectMapper();
        boolean servingLine = false;
        for (String line : lines) {
            JsonNode node = json.readTree(line); // throws on a line that is not one JSON object
            assertTrue(node.isObject() && node.has("level") && node.has("message"), line);
            servingLine |= node.get("message").asText().startsWith("Serving as @" + FakeBotApiServer.BOT_USERNAME);
            assertFalse(line.contains(FakeBotApiServer.TOKEN.substring(10)), "the token was logged: " + line);
            assertFalse(line.matches(".*(?<![0-9.:])8001(?![0-9]).*"), "a raw chat id was logged: " + line);
        }
        assertTrue(servingLine, "serve said it serves: " + lines);
    }

    @Test
    void digestSendsAreCountedByOutcome() {
        MicrometerMetrics metrics = new MicrometerMetrics();
        List<SendOutcome> outcomes = List.of(SendOutcome.sent(), SendOutcome.sent(), new SendOutcome.RetryAfter(3),
                new SendOutcome.Forbidden("blocked"), new SendOutcome.Failed("bad request"));
        int[] next = {0};
        var sender = MeteredGateway.metered((chat, html, buttons) -> outcomes.get(next[0]++), metrics);

        for (int i = 0; i < outcomes.size(); i++) {
            assertEquals(outcomes.get(i), sender.send(42, "<b>digest</b>", List.of()));
        }

        String m = metrics.scrape();
        assertEquals(2.0, PrometheusText.value(m, "rujp_digest_sends_total", "outcome=sent").orElseThrow(), m);
        assertEquals(1.0, PrometheusText.value(m, "rujp_digest_sends_total", "outcome=retry_after").orElseThrow(), m);
        assertEquals(1.0, PrometheusText.value(m, "rujp_digest_sends_total", "outcome=forbidden").orElseThrow(), m);
        assertEquals(1.0, PrometheusText.value(m, "rujp_digest_sends_total", "outcome=failed").orElseThrow(), m);
    }
}

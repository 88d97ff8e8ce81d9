package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.ops.MicrometerMetrics;
import org.rujp.bot.ops.PrometheusText;

/** Long polling counts the 429s of getUpdates too, and an update received after them is counted and answered. */
class PollingMetricsTest {
    @TempDir
    Path dataDir;

    @Test
    void aRateLimitedGetUpdatesIsCountedAndPollingGoesOn() throws Exception {
        App app = BotHarness.app(dataDir);
        MicrometerMetrics metrics = new MicrometerMetrics();
        try (FakeBotApiServer api = new FakeBotApiServer()) {
            api.inject("getUpdates", 0, FakeBotApiServer.Failure.tooManyRequests(1), 2);
            api.enqueue(Updates.privateText(9101, "/help"));
            TelegramBot bot = TelegramBot.start(BotHarness.parts(app, BotHarness.settings(api.baseUrl(), 20), new InMemoryInbox(),
                    new InMemoryConversationLog(), app.answerer()).withOperations(metrics, null));
            try {
                api.awaitDelivered(9101, 1);
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (PrometheusText.value(metrics.scrape(), "rujp_updates_finished_total").orElse(0) < 1) {
                    assertTrue(System.nanoTime() < deadline, metrics.scrape());
                    Thread.sleep(20);
                }
            } finally {
                bot.close();
            }
        }
        String m = metrics.scrape();
        assertEquals(2.0, PrometheusText.value(m, "rujp_telegram_rate_limited_total", "method=getUpdates").orElseThrow(), m);
        assertEquals(1.0, PrometheusText.value(m, "rujp_updates_received_total").orElseThrow(), m);
        assertEquals(1.0, PrometheusText.value(m, "rujp_updates_finished_total", "outcome=command").orElseThrow(), m);
    }
}

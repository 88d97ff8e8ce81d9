package org.rujp.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** /healthz: 200 only when every check passes; 503 names each that does not. */
class HealthTest {
    @Test
    void isNotReadyWhileTheIndexLoadsAndReadyOnceItIs() {
        AtomicBoolean loaded = new AtomicBoolean();
        OpsEndpoints endpoints = new OpsEndpoints(new Health()
                .add("index", () -> loaded.get() ? Optional.empty() : Optional.of("loading"))
                .add("store", Optional::empty), new MicrometerMetrics());

        OpsEndpoints.Response loading = endpoints.get(OpsEndpoints.HEALTH).orElseThrow();
        loaded.set(true);
        OpsEndpoints.Response ready = endpoints.get(OpsEndpoints.HEALTH).orElseThrow();

        assertEquals(503, loading.status());
        assertEquals("{\"status\":\"not ready\",\"checks\":{\"index\":\"loading\",\"store\":\"ok\"}}\n", loading.body());
        assertEquals(200, ready.status());
        assertEquals("{\"status\":\"ready\",\"checks\":{\"index\":\"ok\",\"store\":\"ok\"}}\n", ready.body());
    }

    @Test
    void aCheckThatThrowsIsNotReadyAndSaysWhy() {
        Health health = new Health().add("store", () -> {
            throw new IllegalStateException("connection \"refused\"");
        });

        Health.Report report = health.report();

        assertEquals(false, report.ready());
        assertTrue(report.json().contains("\"store\":\"check failed: connection \\\"refused\\\"\""), report.json());
    }

    @Test
    void onlyTheTwoPathsAreEndpoints() {
        OpsEndpoints endpoints = new OpsEndpoints(new Health(), new MicrometerMetrics());

        assertTrue(endpoints.get("/metrics").orElseThrow().body().contains("# TYPE rujp_updates_received_total counter"));
        assertTrue(endpoints.get("/telegram/webhook").isEmpty());
        assertTrue(endpoints.get("/healthz/").isEmpty());
    }
}

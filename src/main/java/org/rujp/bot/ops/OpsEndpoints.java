package org.rujp.bot.ops;

import java.util.Optional;

/**
 * The operations endpoints, served on the webhook port and on the management port alike:
 * {@code GET /healthz} (200 ready, 503 naming what is not) and {@code GET /metrics} (Prometheus text).
 */
public final class OpsEndpoints {
    public static final String HEALTH = "/healthz";
    public static final String METRICS = "/metrics";
    /** Prometheus text exposition format 0.0.4. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** An HTTP response: status, content type, body. */
    public record Response(int status, String contentType, String body) {
    }

    private final Health health;
    private final MicrometerMetrics metrics;

    public OpsEndpoints(Health health, MicrometerMetrics metrics) {
        this.health = health;
        this.metrics = metrics;
    }

    /** The response to {@code GET path}, or empty when the path is not one of these endpoints. */
    public Optional<Response> get(String path) {
        return switch (path) {
            case HEALTH -> {
                Health.Report report = health.report();
                yield Optional.of(new Response(report.ready() ? 200 : 503, "application/json; charset=utf-8", report.json()));
            }
            case METRICS -> Optional.of(new Response(200, PROMETHEUS_TEXT, metrics.scrape()));
            default -> Optional.empty();
        };
    }

    public Health health() {
        return health;
    }

    public MicrometerMetrics metrics() {
        return metrics;
    }
}

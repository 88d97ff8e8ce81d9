package org.rujp.bot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.rujp.bot.knowledge.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's metrics in a Micrometer registry, scraped as Prometheus text ({@code GET /metrics}). Names, as
 * Prometheus shows them:
 * <ul>
 *   <li>{@code rujp_updates_received_total}: updates addressed to the bot, stored in the inbox;</li>
 *   <li>{@code rujp_updates_answered_total}: updates whose handling ended with the question answered or refused;</li>
 *   <li>{@code rujp_updates_failed_total{reason}}: {@code handling} (the handler threw), {@code given_up} (started
 *       too often), {@code answer_error}, {@code answer_timeout};</li>
 *   <li>{@code rujp_updates_finished_total{outcome}}: every update's handling by its inbox outcome;</li>
 *   <li>{@code rujp_answer_latency_seconds{lang,outcome}}: histogram from the update's arrival to the answer or refusal
 *       being delivered ({@code _bucket}, {@code _count}, {@code _sum}, {@code _max});</li>
 *   <li>{@code rujp_refusals_total{lang,reason}}: refusals by kind (see {@link RefusalKind});</li>
 *   <li>{@code rujp_inbox_depth}: updates stored and waiting for a worker;</li>
 *   <li>{@code rujp_inbox_backlog}: updates handed to the workers, queued or running;</li>
 *   <li>{@code rujp_digest_sends_total{outcome}}: digest messages by outcome;</li>
 *   <li>{@code rujp_digest_uncertain_total{action}}: digests found uncertain, {@code skipped} or {@code resent};</li>
 *   <li>{@code rujp_telegram_rate_limited_total{method}}: 429 answers from the Bot API;</li>
 *   <li>and Micrometer's JVM and process gauges ({@code jvm_memory_*}, {@code jvm_threads_*}, {@code process_cpu_usage},
 *       {@code system_cpu_count}, {@code process_uptime_seconds}, ...).</li>
 * </ul>
 */
public final class MicrometerMetrics implements BotMetrics {
    private static final Logger log = LoggerFactory.getLogger(MicrometerMetrics.class);
    /** Latency buckets (seconds): answers take tens of milliseconds warm, seconds when the machine is loaded. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter received;
    private final Counter answered;

    public MicrometerMetrics() {
        received = Counter.builder("rujp.updates.received").description("Updates addressed to the bot, stored in the inbox")
                .register(registry);
        answered = Counter.builder("rujp.updates.answered").description("Updates handled with the question answered or refused")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /**
     * Gauges read at each scrape.
     *
     * @param inboxDepth updates stored and waiting (a database read at each scrape: keep it bounded)
     * @param backlog updates handed to the workers
     */
    public void watchInbox(Supplier<Number> inboxDepth, Supplier<Number> backlog) {
        Gauge.builder("rujp.inbox.depth", () -> safely(inboxDepth)).description("Updates stored in the inbox, waiting for a worker")
                .register(registry);
        Gauge.builder("rujp.inbox.backlog", () -> safely(backlog)).description("Updates handed to the workers, queued or running")
                .register(registry);
    }

    private static double safely(Supplier<Number> value) {
        try {
            return value.get().doubleValue();
        } catch (RuntimeException e) {
            log.debug("metrics: a gauge could not be read: {}", e.toString());
            return Double.NaN;
        }
    }

    @Override
    public void updateReceived() {
        received.increment();
    }

    @Override
    public void updateFinished(String outcome) {
        registry.counter("rujp.updates.finished", "outcome", label(outcome)).increment();
        switch (outcome) {
            case "answered" -> answered.increment();
            case "failed" -> failed("handling");
            case "given up" -> failed("given_up");
            default -> {
            }
        }
    }

    private void failed(String reason) {
        Counter.builder("rujp.updates.failed").description("Updates whose handling or answering failed").tag("reason", reason)
                .register(registry).increment();
    }

    @Override
    public void answer(Lang lang, Duration latency, Optional<String> refusal) {
        Timer.builder("rujp.answer.latency").description("From an update's arrival to its answer or refusal being delivered")
                .tags("lang", lang.code(), "outcome", refusal.isPresent() ? "refused" : "answered")
                .serviceLevelObjectives(BUCKETS)
                .register(registry).record(latency);
        refusal.ifPresent(reason -> Counter.builder("rujp.refusals").description("Questions refused, by kind of refusal")
                .tags("lang", lang.code(), "reason", RefusalKind.of(reason)).register(registry).increment());
    }

    @Override
    public void answerFailed(String why) {
        failed("answer_" + label(why));
    }

    @Override
    public void digestSend(String outcome) {
        Counter.builder("rujp.digest.sends").description("Digest messages sent, by outcome").tag("outcome", label(outcome))
                .register(registry).increment();
    }

    @Override
    public void digestUncertain(String action) {
        Counter.builder("rujp.digest.uncertain").description("Digests left in flight by a sender that stopped: they may or may"
                + " not have arrived; skipped (not sent again) or resent").tag("action", label(action))
                .register(registry).increment();
    }

    @Override
    public void telegramRateLimited(String method) {
        Counter.builder("rujp.telegram.rate_limited").description("429 (flood control) answers of the Bot API")
                .tag("method", method).register(registry).increment();
    }

    private static String label(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }
}

package org.rujp.bot.digest;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DigestService#runDue} once at start (catching up runs missed while the bot was down) and
 * then every minute, on one daemon thread. Every run is caught and logged: one failure never cancels the
 * later runs.
 */
public final class DigestTicker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DigestTicker.class);

    private final DigestService service;
    private final Clock clock;
    private final Duration period;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "digest-ticker");
        t.setDaemon(true);
        return t;
    });

    public DigestTicker(DigestService service, Clock clock) {
        this(service, clock, Duration.ofMinutes(1));
    }

    public DigestTicker(DigestService service, Clock clock, Duration period) {
        this.service = service;
        this.clock = clock;
        this.period = period;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::tick, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Digest schedule started (checked every {} s)", period.toSeconds());
    }

    private void tick() {
        try {
            service.runDue(clock.instant());
        } catch (RuntimeException e) {
            log.error("Digest run failed; retrying at the next tick: {}", e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Digest run still going after 10 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

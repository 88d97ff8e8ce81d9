package org.rujp.bot.digest;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
    private final BooleanSupplier leading;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "digest-ticker");
        t.setDaemon(true);
        return t;
    });

    /** How often due digests are looked for. */
    public static final Duration PERIOD = Duration.ofMinutes(1);

    public DigestTicker(DigestService service, Clock clock) {
        this(service, clock, PERIOD);
    }

    public DigestTicker(DigestService service, Clock clock, Duration period) {
        this(service, clock, period, () -> true);
    }

    /**
     * @param leading asked at each tick: true when this process may send (it holds the store's digest-sender
     *                role, or is the only sender); a tick that is not leading does nothing
     */
    public DigestTicker(DigestService service, Clock clock, Duration period, BooleanSupplier leading) {
        this.service = service;
        this.clock = clock;
        this.period = period;
        this.leading = leading;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::tick, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Digest schedule started (checked every {} s)", period.toSeconds());
    }

    private void tick() {
        try {
            if (!leading.getAsBoolean()) {
                return;
            }
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

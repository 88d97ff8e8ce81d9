package org.rujp.bot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes logged turns older than {@code store.retention}: once at start, then every day. Each run
 * catches and logs its own failure, so a locked or full database on one day never cancels the later
 * runs. The clock is injected; tests call {@link #runOnce()} with a fixed clock.
 */
public final class RetentionJob implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final Duration PERIOD = Duration.ofDays(1);

    /** What a run deletes: everything logged before the cutoff; returns how many turns. */
    @FunctionalInterface
    public interface Purge {
        int olderThan(Instant cutoff);
    }

    private final Purge purge;
    private final Duration retention;
    private final Clock clock;
    private final Duration period;
    private ScheduledExecutorService executor;

    public RetentionJob(Purge purge, Duration retention, Clock clock) {
        this(purge, retention, clock, PERIOD);
    }

    /** With another period between runs (tests). */
    RetentionJob(Purge purge, Duration retention, Clock clock, Duration period) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive: " + retention);
        }
        this.purge = purge;
        this.retention = retention;
        this.clock = clock;
        this.period = period;
    }

    /** Runs now on a daemon thread, then once a day. */
    public synchronized RetentionJob start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "retention");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleAtFixedRate(this::runOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /**
     * One run: deletes turns older than now minus the retention. Never throws.
     *
     * @return how many turns were deleted, or -1 when the run failed (logged)
     */
    public int runOnce() {
        Instant cutoff = clock.instant().minus(retention);
        try {
            int deleted = purge.olderThan(cutoff);
            log.info("Retention: deleted {} turn(s) logged before {}", deleted, cutoff);
            return deleted;
        } catch (RuntimeException e) {
            log.warn("Retention run failed, will retry in {}: {}", period, e.getMessage());
            return -1;
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}

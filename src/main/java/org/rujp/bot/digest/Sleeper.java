package org.rujp.bot.digest;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits; injected so that tests and the virtual-time benchmark move a fake clock instead of waiting. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> TimeUnit.NANOSECONDS.sleep(Math.max(0, d.toNanos()));

    void sleep(Duration duration) throws InterruptedException;
}

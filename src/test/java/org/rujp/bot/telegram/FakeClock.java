package org.rujp.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.rujp.bot.digest.Sleeper;

/** A clock that moves only when told to or when something sleeps on it (then it records the sleep). */
final class FakeClock extends Clock implements Sleeper {
    private Instant now;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    FakeClock(Instant start) {
        this.now = start;
    }

    synchronized void set(Instant t) {
        now = t;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}

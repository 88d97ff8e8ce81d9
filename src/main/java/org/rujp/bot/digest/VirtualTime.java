package org.rujp.bot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when something sleeps on it: runs hours of paced sending in seconds (one worker). */
class VirtualTime extends Clock implements Sleeper {
    private volatile Instant now;

    VirtualTime(Instant start) {
        this.now = start;
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Moves to {@code t} unless that is in the past. */
    synchronized void set(Instant t) {
        if (t.isAfter(now)) {
            now = t;
        }
    }

    @Override
    public void sleep(Duration duration) {
        advance(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("virtual time is UTC");
    }
}

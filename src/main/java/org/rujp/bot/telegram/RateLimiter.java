package org.rujp.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-user flood limit: at most {@code perMinute} messages in any sliding minute. The first message
 * over the limit is told so once; later ones in the same minute are dropped silently.
 */
public final class RateLimiter {
    public enum Verdict { ALLOW, NOTIFY, DROP }

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_USERS = 50_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, State> users = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, State> eldest) {
            return size() > MAX_USERS;
        }
    };

    private static final class State {
        final Deque<Instant> times = new ArrayDeque<>();
        boolean notified;
    }

    public RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be positive: " + perMinute);
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public synchronized Verdict check(long userId) {
        Instant now = clock.instant();
        State state = users.computeIfAbsent(userId, id -> new State());
        while (!state.times.isEmpty() && !state.times.peekFirst().isAfter(now.minus(WINDOW))) {
            state.times.removeFirst();
        }
        if (state.times.size() < perMinute) {
            state.times.addLast(now);
            state.notified = false;
            return Verdict.ALLOW;
        }
        if (!state.notified) {
            state.notified = true;
            return Verdict.NOTIFY;
        }
        return Verdict.DROP;
    }

    public int perMinute() {
        return perMinute;
    }
}

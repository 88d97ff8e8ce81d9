package org.rujp.bot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Paces sends under Telegram's limits with token buckets of capacity one (evenly spaced sends): overall
 * at most {@code messagesPerSecond}, to one chat at most one message per {@code perChat}, to one group at
 * most one per {@code perGroup} (3 s = 20 a minute). A caller first waits out its chat's own limit
 * without holding anything, then takes the next overall slot, so that a chat waiting for itself never
 * delays the others. A last check counts the releases that really happened in the past second, so that
 * threads woken late by the scheduler cannot bunch up over the limit. Thread-safe; the clock and the
 * sleeper are injected.
 */
public final class TokenBucketPacer {
    /** Telegram's limits: ~1 message a second per chat, 20 a minute per group. */
    public static final Duration PER_CHAT = Duration.ofSeconds(1);
    public static final Duration PER_GROUP = Duration.ofSeconds(3);

    private final Clock clock;
    private final Sleeper sleeper;
    private final long intervalNanos;
    private final long perChatNanos;
    private final long perGroupNanos;
    private final Map<Long, Long> chatReady = new HashMap<>();
    private final long[] released;
    private int next;
    private long globalReady = Long.MIN_VALUE;
    private long reservations;

    public TokenBucketPacer(Clock clock, Sleeper sleeper, double messagesPerSecond) {
        this(clock, sleeper, messagesPerSecond, PER_CHAT, PER_GROUP);
    }

    public TokenBucketPacer(Clock clock, Sleeper sleeper, double messagesPerSecond, Duration perChat, Duration perGroup) {
        if (!(messagesPerSecond > 0)) {
            throw new IllegalArgumentException("messages per second must be positive but is " + messagesPerSecond);
        }
        this.clock = clock;
        this.sleeper = sleeper;
        this.intervalNanos = (long) Math.ceil(1_000_000_000d / messagesPerSecond);
        this.perChatNanos = perChat.toNanos();
        this.perGroupNanos = perGroup.toNanos();
        this.released = new long[Math.max(1, (int) Math.floor(messagesPerSecond))];
        java.util.Arrays.fill(released, Long.MIN_VALUE);
    }

    /** Waits until a message may go to this chat and takes its slot; returns the time it was released. */
    public Instant acquire(long chatId, boolean group) throws InterruptedException {
        long chatGap = group ? Math.max(perChatNanos, perGroupNanos) : perChatNanos;
        boolean reserved = false;
        while (true) {
            long wait;
            synchronized (this) {
                long now = nanos(clock.instant());
                if (!reserved) {
                    long ready = chatReady.getOrDefault(chatId, Long.MIN_VALUE);
                    if (ready > now) {
                        wait = ready - now; // this chat's own limit: wait without holding an overall slot
                    } else {
                        long slot = Math.max(now, globalReady);
                        globalReady = slot + intervalNanos;
                        chatReady.put(chatId, slot + chatGap);
                        reserved = true;
                        wait = slot - now;
                    }
                } else {
                    // A thread that woke late must not bunch up with the ones after it: at most `window`
                    // releases in any second, counted at the time they really happen.
                    long oldest = released[next];
                    if (oldest != Long.MIN_VALUE && oldest + 1_000_000_000L > now) {
                        wait = oldest + 1_000_000_000L - now;
                    } else {
                        released[next] = now;
                        next = (next + 1) % released.length;
                        chatReady.put(chatId, now + chatGap);
                        if (++reservations % 10_000 == 0) {
                            chatReady.values().removeIf(r -> r < now);
                        }
                        return Instant.ofEpochSecond(0, now);
                    }
                }
            }
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
        }
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}

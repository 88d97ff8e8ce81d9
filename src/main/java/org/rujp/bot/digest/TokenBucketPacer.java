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
 * delays the others. Thread-safe; the clock and the sleeper are injected.
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
    }

    /** Waits until a message may go to this chat and takes its slot; returns the slot's time. */
    public Instant acquire(long chatId, boolean group) throws InterruptedException {
        while (true) {
            long wait;
            long slot = 0;
            boolean reserved = false;
            synchronized (this) {
                long now = nanos(clock.instant());
                long ready = chatReady.getOrDefault(chatId, Long.MIN_VALUE);
                if (ready > now) {
                    wait = ready - now;
                } else {
                    slot = Math.max(now, globalReady);
                    globalReady = slot + intervalNanos;
                    chatReady.put(chatId, slot + (group ? Math.max(perChatNanos, perGroupNanos) : perChatNanos));
                    wait = slot - now;
                    reserved = true;
                    if (++reservations % 10_000 == 0) {
                        chatReady.values().removeIf(r -> r < now);
                    }
                }
            }
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
            if (reserved) {
                return Instant.ofEpochSecond(0, slot);
            }
        }
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}

package org.rujp.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.answer.Question;

/**
 * What each conversation was last about (the resolved question and the facts of its answer), so that
 * a follow-up can be resolved. Entries expire after {@code ttl}; at most {@code capacity} are kept, the
 * least recently used dropped first. A conversation is a private chat, or one user within a group.
 */
public final class ChatContexts {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(30);
    public static final int DEFAULT_CAPACITY = 10_000;

    private record Entry(Question.Context context, Instant at) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> entries;

    public ChatContexts(Clock clock, Duration ttl, int capacity) {
        this.clock = clock;
        this.ttl = ttl;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    static String key(long chatId, long userId, boolean privateChat) {
        return privateChat ? Long.toString(chatId) : chatId + "/" + userId;
    }

    public synchronized Optional<Question.Context> get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.at().plus(ttl).isBefore(clock.instant())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(e.context());
    }

    public synchronized void put(String key, Question.Context context) {
        entries.put(key, new Entry(context, clock.instant()));
    }

    public synchronized void clear(String key) {
        entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }
}

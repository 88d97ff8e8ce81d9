package org.rujp.bot.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers sent with their sources folded away, kept (the newest few thousand, in memory) so that
 * "Show sources" can unfold them.
 */
final class AnswerCards {
    /** The last message of a sent answer and what unfolding it adds. */
    record Card(long chatId, long messageId, String lastPartHtml, String sourcesHtml, List<Button> keptButtons) {
    }

    private static final int CAPACITY = 5_000;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Card> cards = lru();

    long nextId() {
        return ids.incrementAndGet();
    }

    synchronized void put(long id, Card card) {
        cards.put(id, card);
    }

    synchronized Optional<Card> take(long id) {
        return Optional.ofNullable(cards.remove(id));
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }
}

package org.rujp.bot.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.store.ConversationLog;
import org.rujp.bot.store.Turn;

/**
 * A {@link ConversationLog} in memory, used by {@code serve} until the SQLite log is wired, and by tests.
 * Keeps the newest {@code capacity} turns.
 */
public final class InMemoryConversationLog implements ConversationLog {
    /** A recorded verdict. */
    public record Feedback(long turnId, boolean helpful, Instant at, String userId) {
    }

    private final int capacity;
    private final Map<Long, Turn> turns = new LinkedHashMap<>();
    private final List<Feedback> feedback = new ArrayList<>();
    private long nextId = 1;

    public InMemoryConversationLog() {
        this(100_000);
    }

    public InMemoryConversationLog(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized long record(Turn turn) {
        long id = nextId++;
        turns.put(id, turn);
        if (turns.size() > capacity) {
            Long eldest = turns.keySet().iterator().next();
            turns.remove(eldest);
            feedback.removeIf(f -> f.turnId() == eldest);
        }
        return id;
    }

    @Override
    public synchronized void feedback(long turnId, boolean helpful, Instant at) {
        if (turns.containsKey(turnId)) {
            feedback.add(new Feedback(turnId, helpful, at, turns.get(turnId).userId()));
        }
    }

    @Override
    public synchronized Vote vote(long turnId, String channel, String chatId, String userId, boolean helpful, Instant at) {
        Turn t = turns.get(turnId);
        if (t == null || !t.channel().equals(channel) || !t.chatId().equals(chatId)) {
            return Vote.NOT_FOUND;
        }
        if (feedback.stream().anyMatch(f -> f.turnId() == turnId && f.userId().equals(userId))) {
            return Vote.ALREADY_VOTED;
        }
        feedback.add(new Feedback(turnId, helpful, at, userId));
        return Vote.RECORDED;
    }

    @Override
    public synchronized int forget(String channel, String userId) {
        List<Long> ids = turns.entrySet().stream()
                .filter(e -> e.getValue().channel().equals(channel) && e.getValue().userId().equals(userId))
                .map(Map.Entry::getKey).toList();
        ids.forEach(turns::remove);
        feedback.removeIf(f -> ids.contains(f.turnId()) || f.userId().equals(userId));
        return ids.size();
    }

    public synchronized List<Turn> turns() {
        return List.copyOf(turns.values());
    }

    public synchronized Optional<Turn> turn(long id) {
        return Optional.ofNullable(turns.get(id));
    }

    public synchronized List<Feedback> feedback() {
        return List.copyOf(feedback);
    }
}

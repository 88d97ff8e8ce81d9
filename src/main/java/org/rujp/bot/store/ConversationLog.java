package org.rujp.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * Where turns and feedback are recorded for evaluation. Implementations may throw {@link StoreException};
 * callers catch it, so that a logging failure never loses the user's answer.
 */
public interface ConversationLog {
    /** Records a turn; returns its id, used later for feedback. */
    long record(Turn turn);

    /**
     * Records a turn that answers the inbox's update {@code updateId}; a log that shares the inbox's
     * database notes the turn on the update in the same transaction (a log elsewhere just records it).
     */
    default long recordForUpdate(Turn turn, long updateId) {
        return record(turn);
    }

    /**
     * Records a turn that answers the inbox's update {@code updateId} and tells {@code written} its id once it is
     * durable: a log that shares the inbox's database notes the turn on the update in the same transaction; a
     * log that writes later tells {@code written} after the write, which then notes it.
     */
    default long recordForUpdate(Turn turn, long updateId, LongConsumer written) {
        long id = recordForUpdate(turn, updateId);
        written.accept(id);
        return id;
    }

    /**
     * Records a turn and tells {@code written} its id once the turn is durable: here at once; a log that writes
     * later tells it after the write, and not at all when the write fails.
     */
    default long record(Turn turn, LongConsumer written) {
        long id = record(turn);
        written.accept(id);
        return id;
    }

    /**
     * A turn to record under an id reserved beforehand with {@link #reserveIds}.
     *
     * @param updateId the inbox update the turn answers, or 0: a log that shares the inbox's database notes the turn
     *                 on it in the transaction that records the turn
     */
    record Numbered(long id, Turn turn, long updateId) {
        public Numbered(long id, Turn turn) {
            this(id, turn, 0);
        }
    }

    /**
     * True when this log notes a turn on the inbox's update itself, in the transaction that records it
     * ({@link #recordForUpdate}, {@link #recordAll}): whoever is told the turn was written has nothing left to note.
     */
    default boolean notesUpdates() {
        return false;
    }

    /**
     * Reserves {@code n} consecutive turn ids that no other writer of the log will use, for turns recorded
     * later with {@link #recordAll}: a writer that records off the answering thread hands out ids at once.
     *
     * @return the first id, or empty when this log assigns ids only as it records (the default)
     */
    default OptionalLong reserveIds(int n) {
        return OptionalLong.empty();
    }

    /**
     * Records turns under ids from {@link #reserveIds}, in order, in one transaction where the log can.
     *
     * @throws UnsupportedOperationException when the log cannot reserve ids (the default)
     */
    default void recordAll(List<Numbered> turns) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " records turns under ids of its own only");
    }

    /** Records the verdict of the user who asked on the answer; the last verdict wins. */
    void feedback(long turnId, boolean helpful, Instant at);

    /**
     * Records a user's verdict on an answer (in a group, anyone may press); the last press of each user
     * on each turn wins.
     *
     * @param userId the raw user id; pseudonymised like the turn's ids
     * @return false when the turn is no longer in the log (forgotten or past retention)
     */
    default boolean feedback(long turnId, String userId, boolean helpful, Instant at) {
        feedback(turnId, helpful, at);
        return true;
    }

    /** What became of a 👍/👎 press. */
    enum Vote { RECORDED, ALREADY_VOTED, NOT_FOUND }

    /**
     * Records the verdict of the user who pressed ({@code userId}) on a turn of the chat where the button
     * was pressed: one vote per turn and presser, the first one stands.
     *
     * @param chatId the raw chat id of the pressed message; a turn of another chat is {@link Vote#NOT_FOUND}
     */
    Vote vote(long turnId, String channel, String chatId, String userId, boolean helpful, Instant at);

    /** Deletes every logged turn (and its feedback) of this user on this channel; returns how many turns. */
    int forget(String channel, String userId);
}

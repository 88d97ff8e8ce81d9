package org.rujp.bot.store;

import java.time.Instant;

/**
 * Where turns and feedback are recorded for evaluation. Implementations may throw {@link StoreException};
 * callers catch it, so that a logging failure never loses the user's answer.
 */
public interface ConversationLog {
    /** Records a turn; returns its id, used later for feedback. */
    long record(Turn turn);

    /** Records a user's verdict on an answer. */
    void feedback(long turnId, boolean helpful, Instant at);

    /** Deletes every logged turn (and its feedback) of this user on this channel; returns how many turns. */
    int forget(String channel, String userId);
}

package org.rujp.bot.store;

import java.time.Instant;

/**
 * Where turns and feedback are recorded for evaluation. Implementations may throw {@link StoreException};
 * callers catch it, so that a logging failure never loses the user's answer.
 */
public interface ConversationLog {
    /** Records a turn; returns its id, used later for feedback. */
    long record(Turn turn);

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

    /** Deletes every logged turn (and its feedback) of this user on this channel; returns how many turns. */
    int forget(String channel, String userId);
}

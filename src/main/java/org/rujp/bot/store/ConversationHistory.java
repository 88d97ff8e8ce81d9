package org.rujp.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reading the conversation log back, for evaluation and export. */
public interface ConversationHistory {
    /** Every logged turn (since the given time, inclusive), oldest first, with its facts and feedback. */
    List<LoggedTurn> turns(Optional<Instant> since);

    /**
     * Feedback statistics of the turns since the given time.
     *
     * @param topRefused how many of the most frequent refused questions to list
     */
    FeedbackStats feedbackStats(Optional<Instant> since, int topRefused);
}

package org.rujp.bot.eval;

import java.util.List;
import org.rujp.bot.answer.Answer;

/**
 * How the bot did on one gold question.
 *
 * @param question the gold question
 * @param answer what the bot answered
 * @param retrievedIds fact ids retrieved, best first
 * @param firstRelevantRank one-based rank of the first expected fact among the retrieved, 0 when absent
 * @param refused whether the bot refused
 * @param accurate answerable: answered and every expected string present; unanswerable: refused
 * @param citationCorrect answered with a citation of an expected fact's source
 * @param latencyNanos time to answer
 */
public record Outcome(GoldQuestion question, Answer answer, List<String> retrievedIds, int firstRelevantRank,
                      boolean refused, boolean accurate, boolean citationCorrect, long latencyNanos) {
    public Outcome {
        retrievedIds = List.copyOf(retrievedIds);
    }

    public boolean hitAt(int k) {
        return firstRelevantRank > 0 && firstRelevantRank <= k;
    }
}

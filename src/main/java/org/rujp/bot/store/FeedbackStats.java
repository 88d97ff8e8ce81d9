package org.rujp.bot.store;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What users thought of the answers over a period.
 *
 * @param turns turns logged
 * @param refused of them refused
 * @param votes feedback verdicts (the last press of each user on each turn)
 * @param helpfulVotes of them "helpful"
 * @param helpfulRate helpfulVotes / votes, empty when nobody pressed a button
 * @param notHelpful turns at least one user marked not helpful, newest first
 * @param frequentRefused the refused questions asked most often (case and spacing ignored), most frequent first
 */
public record FeedbackStats(int turns, int refused, int votes, int helpfulVotes, OptionalDouble helpfulRate,
                            List<MarkedTurn> notHelpful, List<FrequentQuestion> frequentRefused) {
    public FeedbackStats {
        notHelpful = List.copyOf(notHelpful);
        frequentRefused = List.copyOf(frequentRefused);
    }

    /** A turn marked not helpful. */
    public record MarkedTurn(long turnId, String question, String outcome) {
    }

    /** A question (as first asked in this form) and how often it was asked. */
    public record FrequentQuestion(String question, int count) {
    }
}

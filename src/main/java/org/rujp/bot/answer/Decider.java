package org.rujp.bot.answer;

import java.util.List;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.retrieval.ScoredFact;

/** The decide stage: which knowledge answers the need, or why none does. */
public interface Decider {
    /**
     * @param question the question as asked
     * @param resolved the question as resolved for retrieval
     * @param retrieved the candidate facts, best first
     */
    Decision decide(InformationNeed need, String question, String resolved, List<ScoredFact> retrieved);

    /**
     * What the articles say instead of a value the question gives to be checked ("were those talks in Tokyo? need the
     * city confirmed"): the decision on the question without it, as a correction of it; none when the articles give
     * no other value or give that very one.
     *
     * @param need the need of the question without the value, asking for a value of its kind
     * @param question the question without the value
     * @param claimed the value as the question gives it
     */
    default java.util.Optional<Decision> corrected(InformationNeed need, String question, String claimed, List<ScoredFact> retrieved) {
        return java.util.Optional.empty();
    }
}

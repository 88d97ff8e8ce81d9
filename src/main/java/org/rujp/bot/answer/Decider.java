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
}

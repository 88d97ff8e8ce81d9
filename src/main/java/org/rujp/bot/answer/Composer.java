package org.rujp.bot.answer;

import java.util.List;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.retrieval.ScoredFact;

/** The compose stage: the answer a decision makes, in the question's language, with its citations. */
public interface Composer {
    /** Times the stage on {@code timer} ("compose") before the answer takes the stage times. */
    Answer compose(Question question, String resolved, InformationNeed need, Decision decision, List<ScoredFact> retrieved,
                   StageTimer timer);
}

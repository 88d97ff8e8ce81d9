package org.rujp.bot.answer;

import java.util.Optional;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.retrieval.ScoredFact;

/** What the decide stage concluded: which knowledge answers the question, or why none does. */
public sealed interface Decision {
    /** The best fact fills the need. */
    record FromFact(ScoredFact best) implements Decision {
    }

    /**
     * A person asked for by the position they hold ("the minister responsible for ties with Russia"), or the body a
     * person holds a position of ("which fund does Dmitriev head"): named from the cards, with a fact that speaks of it.
     */
    record FromRole(Entity person, ScoredFact fact) implements Decision {
    }

    /** An entity's card answers a "who is", "what is" or "what is X's job" question. */
    record FromCard(Entity entity) implements Decision {
    }

    /**
     * No knowledge answers it.
     *
     * @param known what the knowledge base does know of the entities asked about, to say instead
     */
    record Declined(RefusalReason reason, Optional<Entity> known) implements Decision {
    }
}

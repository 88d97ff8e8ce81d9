package org.rujp.bot.answer;

import java.util.Optional;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Slots;
import org.rujp.bot.retrieval.ScoredFact;

/** What the decide stage concluded: which knowledge answers the question, or why none does. */
public sealed interface Decision {
    /**
     * The best fact fills the need.
     *
     * @param corrects a figure the question gave that the fact states otherwise ("I've got 15%, can you confirm?"), said
     *                 as not so beside the fact's value
     */
    record FromFact(ScoredFact best, Optional<Correction> corrects) implements Decision {
        public FromFact(ScoredFact best) {
            this(best, Optional.empty());
        }
    }

    /**
     * @param value the fact's figure ("17%")
     * @param figure the question's, which the fact does not state ("15%")
     */
    record Correction(String value, String figure) {
    }

    /**
     * A statement given to be judged that says the opposite of what the fact says ("True or false: trade fell in 2018",
     * "Верно или неверно: годы проводились во второй раз"): false, as the fact says.
     */
    record Contradicted(ScoredFact fact) implements Decision {
    }

    /**
     * A person asked for by the position they hold ("the minister responsible for ties with Russia"), or the body a
     * person holds a position of ("which fund does Dmitriev head"): named from the cards, with a fact that speaks of it.
     */
    record FromRole(Entity person, ScoredFact fact) implements Decision {
    }

    /**
     * "From which year to which did the Cross Years run?": the years a programme was held, as its card gives them, with
     * a fact about it; asked when it began ("Когда стартовали Перекрёстные годы?"), the first of them only.
     */
    record HeldSpan(Entity programme, ScoredFact fact, boolean firstYearOnly) implements Decision {
    }

    /**
     * "Which city was the TASS report filed from?", "датлайн — из какого города передано и какого числа?": the place
     * and the day the fact's article was filed from and on, as its dateline gives them.
     *
     * @param place whether the place is asked
     * @param date whether the day is asked
     */
    record Dateline(ScoredFact fact, boolean place, boolean date) implements Decision {
    }

    /**
     * "What is the official name of the interregional exchanges year?", "Как официально называется…", "正式名称は": the
     * full name the alias table gives it first, with its card.
     */
    record OfficialName(Entity entity) implements Decision {
    }

    /**
     * Two figures of one kind set side by side: "Which count of Cross Years events is larger, and by how much?" is
     * answered by the fact with the larger figure first, then the other, and the difference.
     *
     * @param larger the fact whose figure is the larger, with that figure as it states it
     * @param smaller the other
     * @param difference how much larger it is
     */
    record Compared(ScoredFact larger, Slots.Quantity largerFigure, ScoredFact smaller, Slots.Quantity smallerFigure,
                    java.math.BigDecimal difference) implements Decision {
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

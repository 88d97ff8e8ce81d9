package org.rujp.bot.answer;

import java.util.List;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Lang;

/** The resolve stage: a question made self-contained against its conversation. */
public interface Resolver {
    Resolution resolve(Question question, Lang lang);

    /**
     * @param text the question as retrieval should read it (a follow-up joined with what it follows)
     * @param context what the conversation's "it" refers to: the previous answer's main entity, if any
     */
    record Resolution(String text, List<Entity> context) {
        public Resolution {
            context = List.copyOf(context);
        }
    }
}

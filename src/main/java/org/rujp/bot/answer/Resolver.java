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
     * @param answered the people or places the previous answer named that the question's "he" or "there" refers to:
     *                 referred to even where the question names something else ("Whom did he meet in Tokyo?")
     */
    record Resolution(String text, List<Entity> context, List<Entity> answered) {
        public Resolution {
            context = List.copyOf(context);
            answered = List.copyOf(answered);
        }

        public Resolution(String text, List<Entity> context) {
            this(text, context, List.of());
        }
    }
}

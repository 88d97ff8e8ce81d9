package org.rujp.bot.answer;

import java.util.Optional;
import org.rujp.bot.knowledge.Lang;

/**
 * A question as a user asked it.
 *
 * @param text the text as received
 * @param langHint the user's interface language when the channel knows it (Telegram's language_code)
 * @param context the previous turn of the same conversation, for follow-up questions
 */
public record Question(String text, Optional<Lang> langHint, Optional<Context> context) {
    public Question {
        if (text == null) {
            throw new IllegalArgumentException("question text must not be null");
        }
        langHint = langHint == null ? Optional.empty() : langHint;
        context = context == null ? Optional.empty() : context;
    }

    public static Question of(String text) {
        return new Question(text, Optional.empty(), Optional.empty());
    }

    /**
     * What the conversation was about: the last resolved question and the facts of its answer.
     * A follow-up such as "When was it extended?" is resolved against it.
     */
    public record Context(String resolvedQuestion, java.util.List<String> factIds) {
        public Context {
            factIds = java.util.List.copyOf(factIds);
        }
    }
}

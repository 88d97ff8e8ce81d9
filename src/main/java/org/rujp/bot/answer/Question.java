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
    public record Context(String resolvedQuestion, java.util.List<String> factIds, String lead) {
        public Context {
            factIds = java.util.List.copyOf(factIds);
            lead = lead == null ? "" : lead;
        }

        /** A conversation about a fact, with no answer to it yet (a digest item asked about). */
        public Context(String resolvedQuestion, java.util.List<String> factIds) {
            this(resolvedQuestion, factIds, "");
        }

        /** What the conversation was about after an answer: its question, its facts and its lead ("Vladimir Putin"). */
        public static Context after(Answer.Answered answer) {
            return new Context(answer.resolvedQuestion(), answer.statements().stream().map(s -> s.fact().id()).toList(), answer.lead());
        }
    }
}

package org.rujp.bot.answer;

import java.util.List;
import java.util.Map;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.retrieval.ScoredFact;

/** The outcome of answering a question: made of knowledge-base statements, or an honest refusal. */
public sealed interface Answer permits Answer.Answered, Answer.Refused {

    /** The question as received. */
    String question();

    /** The question as resolved for retrieval (follow-ups rewritten against the context). */
    String resolvedQuestion();

    Lang lang();

    /** What retrieval returned, for logging and evaluation, best first. */
    List<ScoredFact> retrieved();

    /** Which answerer produced it ("extractive"). */
    String answerer();

    /** Nanoseconds spent per stage ("resolve", "retrieve", "decide", "compose"). */
    Map<String, Long> stageNanos();

    /**
     * An answer grounded in the knowledge base.
     *
     * @param lead the specific value the question asks for (a date, number, place or person), or empty
     * @param statements the facts stated, best first, each with its source
     */
    record Answered(String question, String resolvedQuestion, Lang lang, String lead, List<Statement> statements,
                    List<ScoredFact> retrieved, String answerer, Map<String, Long> stageNanos) implements Answer {
        public Answered {
            if (statements.isEmpty()) {
                throw new IllegalArgumentException("an answer states at least one fact");
            }
            lead = lead == null ? "" : lead;
            statements = List.copyOf(statements);
            retrieved = List.copyOf(retrieved);
            stageNanos = Map.copyOf(stageNanos);
        }

        /**
         * The languages of the statements quoted in another language than the answer's (an English article's
         * passage answering a Russian question), in order of first use; empty when every statement is in the
         * answer's language.
         */
        public List<Lang> quotedLanguages() {
            return statements.stream().filter(s -> !s.fact().has(lang)).map(s -> s.fact().texts().keySet().iterator().next())
                    .distinct().toList();
        }

        /** The distinct sources cited, in order of first use. */
        public List<Source> sources() {
            return statements.stream().map(Statement::source).distinct().toList();
        }
    }

    /**
     * The knowledge base does not cover the question.
     *
     * @param reason why, for logs ("top score 0.21 below threshold 0.45")
     * @param message what to tell the user, in the question's language
     * @param suggestions example questions the bot can answer, in the question's language
     */
    record Refused(String question, String resolvedQuestion, Lang lang, String reason, String message, List<String> suggestions,
                   List<ScoredFact> retrieved, String answerer, Map<String, Long> stageNanos) implements Answer {
        public Refused {
            suggestions = List.copyOf(suggestions);
            retrieved = List.copyOf(retrieved);
            stageNanos = Map.copyOf(stageNanos);
        }
    }
}

package org.rujp.bot.eval;

import java.util.List;
import org.rujp.bot.knowledge.Lang;

/**
 * One gold question.
 *
 * @param id unique id ("en-001")
 * @param lang the question's language
 * @param question the text asked
 * @param facts the fact ids that answer it (empty when it must be refused)
 * @param answer groups of acceptable strings; each group must appear in a correct answer (any of its variants)
 * @param type what it tests: date, number, place, person, paraphrase, fact; or for refusals
 *             out-of-scope, not-in-articles, furniture
 * @param refuse whether the bot must refuse it
 * @param line where it is defined, for messages
 */
public record GoldQuestion(String id, Lang lang, String question, List<String> facts, List<List<String>> answer,
                           String type, boolean refuse, String file, int line) {
    public GoldQuestion {
        facts = List.copyOf(facts);
        answer = answer.stream().map(List::copyOf).toList();
    }
}

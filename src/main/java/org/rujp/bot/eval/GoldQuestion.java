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
 * @param after the question asked just before it in the same conversation, for a follow-up
 * @param part the part of the gold set it belongs to: tuning, or the test part never looked at while tuning
 */
public record GoldQuestion(String id, Lang lang, String question, List<String> facts, List<List<String>> answer,
                           String type, boolean refuse, String file, int line, java.util.Optional<String> after, Part part) {
    /** Which part of the gold set a question is in. */
    public enum Part { TUNE, TEST }

    /** Answer types whose value must come first: the expected value must be in the answer's first line. */
    private static final java.util.Set<String> LEAD_TYPES = java.util.Set.of("date", "year", "month", "number", "place", "person",
            "organisation");

    public GoldQuestion {
        facts = List.copyOf(facts);
        answer = answer.stream().map(List::copyOf).toList();
        after = after == null ? java.util.Optional.empty() : after;
    }

    public GoldQuestion(String id, Lang lang, String question, List<String> facts, List<List<String>> answer,
                        String type, boolean refuse, String file, int line) {
        this(id, lang, question, facts, answer, type, refuse, file, line, java.util.Optional.empty(), partOf(id));
    }

    /** Whether the expected value must lead the answer (who, when, where, how many). */
    public boolean wantsLead() {
        return LEAD_TYPES.contains(type);
    }

    /**
     * The part of a question, by a hash of the id of the conversation's first question: about half of the
     * questions are in the test part, nobody chooses which, and a follow-up stays with the question it follows.
     */
    public static Part partOf(String rootId) {
        byte[] hash = org.rujp.bot.knowledge.Hashes.sha256(rootId).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return Character.digit(hash[0], 16) % 2 == 0 ? Part.TUNE : Part.TEST;
    }
}

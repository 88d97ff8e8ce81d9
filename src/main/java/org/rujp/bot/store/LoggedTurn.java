package org.rujp.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A turn as the conversation log holds it, with every logged field, for evaluation and export.
 *
 * @param id the turn id (feedback refers to it)
 * @param time when the question arrived (millisecond precision)
 * @param chatId the chat id, pseudonymous unless {@code store.pseudonymous_ids} was false when logged
 * @param userId the user id, pseudonymous likewise
 * @param lang the answer language code ("en", "ru", "ja")
 * @param outcome "answered" or "refused"
 * @param refusalReason why it was refused, empty when answered
 * @param lead the specific value the answer leads with, may be empty
 * @param totalNanos end-to-end latency
 * @param stageNanos latency per stage present in the answer ("resolve", "retrieve", "decide", "compose")
 * @param sources ids of the sources cited, in order of first use
 * @param facts the facts retrieved (and stated), by rank
 * @param feedback the last verdict of each user who pressed a feedback button
 */
public record LoggedTurn(long id, Instant time, String channel, String chatId, String userId, String chatType,
                         String lang, String question, String resolvedQuestion, String outcome, String refusalReason,
                         String answerText, String lead, String answerer, String indexVersion, long totalNanos,
                         Map<String, Long> stageNanos, List<String> sources, List<Fact> facts, List<Feedback> feedback) {
    public static final String ANSWERED = "answered";
    public static final String REFUSED = "refused";

    public LoggedTurn {
        stageNanos = Map.copyOf(stageNanos);
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        feedback = List.copyOf(feedback);
    }

    public boolean refused() {
        return REFUSED.equals(outcome);
    }

    /**
     * A fact retrieval returned for the turn.
     *
     * @param rank one-based retrieval rank, 0 when the fact was stated without being among the retrieved
     * @param stated whether the answer stated it (otherwise only retrieved)
     */
    public record Fact(String factId, String sourceId, int rank, double score, boolean stated) {
    }

    /** One user's last verdict on the answer. */
    public record Feedback(String userId, boolean helpful, Instant time) {
    }
}

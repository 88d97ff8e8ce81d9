package org.rujp.bot.config;

/**
 * How the answering pipeline retrieves and decides.
 *
 * @param candidates how many facts retrieval returns for the decision
 * @param maxFacts at most this many facts are stated in one answer
 * @param minScore refuse when the best fact's relevance is below this (calibrated with {@code eval --calibrate})
 * @param relativeScore further facts are stated only when their score is at least this share of the best one
 */
public record AnswerSettings(int candidates, int maxFacts, double minScore, double relativeScore) {
    /** The default threshold for dense retrieval (cosine similarity). */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    /**
     * @param defaultMinScore the threshold when none is configured; it depends on the retrieval mode's
     *                        score scale ({@link RetrievalSettings#defaultMinScore()})
     */
    static AnswerSettings from(RawSettings raw, double defaultMinScore) {
        return new AnswerSettings(
                raw.integer("answer.candidates", 10, 1, 100),
                raw.integer("answer.max_facts", 2, 1, 10),
                raw.decimal("answer.min_score", defaultMinScore, 0.0, 1.0),
                raw.decimal("answer.relative_score", 0.9, 0.0, 1.0));
    }

    public AnswerSettings withMinScore(double minScore) {
        return new AnswerSettings(candidates, maxFacts, minScore, relativeScore);
    }
}

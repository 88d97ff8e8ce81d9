package org.rujp.bot.config;

import java.util.EnumMap;
import java.util.Map;
import org.rujp.bot.knowledge.Lang;

/**
 * How the answering pipeline retrieves and decides.
 *
 * @param candidates how many facts retrieval returns for the decision
 * @param maxFacts at most this many facts are stated in one answer
 * @param minScore refuse when the best fact's relevance is below this (calibrated with {@code eval --calibrate})
 * @param relativeScore further facts are stated only when their score is at least this share of the best one
 * @param minScoreByLang per-language thresholds ({@code answer.min_score_by_language.ru}); languages may be
 *                       retrieved differently, and each retriever has its own score scale
 */
public record AnswerSettings(int candidates, int maxFacts, double minScore, double relativeScore, Map<Lang, Double> minScoreByLang) {
    /** The default threshold for dense retrieval (cosine similarity). */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    public AnswerSettings {
        minScoreByLang = Map.copyOf(minScoreByLang);
    }

    public AnswerSettings(int candidates, int maxFacts, double minScore, double relativeScore) {
        this(candidates, maxFacts, minScore, relativeScore, Map.of());
    }

    /** The threshold for questions in this language. */
    public double minScore(Lang lang) {
        return minScoreByLang.getOrDefault(lang, minScore);
    }

    /**
     * @param defaultMinScore the threshold when none is configured; it depends on the retrieval mode's
     *                        score scale ({@link RetrievalSettings#defaultMinScore()})
     */
    static AnswerSettings from(RawSettings raw, double defaultMinScore) {
        double minScore = raw.decimal("answer.min_score", defaultMinScore, 0.0, 1.0);
        Map<Lang, Double> byLang = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String key = "answer.min_score_by_language." + lang.code();
            if (raw.keys().contains(key)) {
                byLang.put(lang, raw.decimal(key, minScore, 0.0, 1.0));
            }
        }
        return new AnswerSettings(
                raw.integer("answer.candidates", 10, 1, 100),
                raw.integer("answer.max_facts", 2, 1, 10),
                minScore,
                raw.decimal("answer.relative_score", 0.9, 0.0, 1.0),
                byLang);
    }

    /** The same settings with one threshold for every language. */
    public AnswerSettings withMinScore(double minScore) {
        return new AnswerSettings(candidates, maxFacts, minScore, relativeScore, Map.of());
    }

    /** The same settings with per-language thresholds. */
    public AnswerSettings withMinScores(Map<Lang, Double> byLang) {
        return new AnswerSettings(candidates, maxFacts, minScore, relativeScore, byLang);
    }

    /** The threshold of every language, for reports: "en=0.274 ru=0.174 ja=0.262". */
    public String thresholds() {
        StringBuilder text = new StringBuilder();
        for (Lang lang : Lang.values()) {
            text.append(text.length() == 0 ? "" : " ").append(lang.code()).append('=')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", minScore(lang)));
        }
        return text.toString();
    }
}

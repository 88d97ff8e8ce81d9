package org.rujp.bot.config;

/**
 * How facts are retrieved.
 *
 * @param mode {@code dense} (embeddings only) or {@code hybrid} (embeddings and BM25, fused)
 * @param fusion how hybrid orders its candidates: {@code score} by the fused score, or {@code rrf} by
 *               weighted reciprocal rank fusion (the fused score is reported either way)
 * @param denseWeight the dense retriever's weight in the fused score and in RRF
 * @param bm25Weight the BM25 retriever's weight in the fused score and in RRF
 * @param rrfK the reciprocal-rank-fusion constant k in {@code weight / (k + rank)}
 * @param modeByLang the retrieval mode for questions in a language, where it differs from {@code mode}
 * @param questionCache question vectors kept for questions asked again (0: none)
 */
public record RetrievalSettings(Mode mode, Fusion fusion, double denseWeight, double bm25Weight, int rrfK,
                                java.util.Map<org.rujp.bot.knowledge.Lang, Mode> modeByLang, int questionCache) {
    public enum Mode { DENSE, HYBRID }

    public enum Fusion { SCORE, RRF }

    public static final RetrievalSettings DEFAULTS = new RetrievalSettings(Mode.HYBRID, Fusion.SCORE, 0.4, 0.6, 60);

    public static final int DEFAULT_QUESTION_CACHE = 4096;

    public RetrievalSettings(Mode mode, Fusion fusion, double denseWeight, double bm25Weight, int rrfK) {
        this(mode, fusion, denseWeight, bm25Weight, rrfK, java.util.Map.of());
    }

    public RetrievalSettings(Mode mode, Fusion fusion, double denseWeight, double bm25Weight, int rrfK,
                             java.util.Map<org.rujp.bot.knowledge.Lang, Mode> modeByLang) {
        this(mode, fusion, denseWeight, bm25Weight, rrfK, modeByLang, DEFAULT_QUESTION_CACHE);
    }

    /** The retrieval mode for questions in this language ({@code retrieval.mode_by_language.en}, else {@code mode}). */
    public Mode mode(org.rujp.bot.knowledge.Lang lang) {
        return modeByLang.getOrDefault(lang, mode);
    }
    /**
     * The refusal threshold when {@code answer.min_score} is not set, on the scale of hybrid's fused score
     * (from the development questions: answerable ones mostly score 0.35 and up, unrelated ones under 0.2).
     */
    public static final double HYBRID_DEFAULT_MIN_SCORE = 0.25;

    public RetrievalSettings {
        if (mode == null || fusion == null) {
            throw new IllegalArgumentException("retrieval mode and fusion must not be null");
        }
        if (denseWeight < 0 || bm25Weight < 0 || denseWeight + bm25Weight <= 0) {
            throw new IllegalArgumentException("retrieval weights must be non-negative and not both zero: dense "
                    + denseWeight + ", bm25 " + bm25Weight);
        }
        if (rrfK < 1) {
            throw new IllegalArgumentException("retrieval.rrf_k must be at least 1: " + rrfK);
        }
        if (questionCache < 0) {
            throw new IllegalArgumentException("retrieval.question_cache must not be negative: " + questionCache);
        }
        modeByLang = java.util.Map.copyOf(modeByLang);
    }

    static RetrievalSettings from(RawSettings raw) {
        Mode mode = raw.choice("retrieval.mode", DEFAULTS.mode(), Mode.class);
        Fusion fusion = raw.choice("retrieval.fusion", DEFAULTS.fusion(), Fusion.class);
        double dense = raw.decimal("retrieval.dense_weight", DEFAULTS.denseWeight(), 0.0, 10.0);
        double bm25 = raw.decimal("retrieval.bm25_weight", DEFAULTS.bm25Weight(), 0.0, 10.0);
        int k = raw.integer("retrieval.rrf_k", DEFAULTS.rrfK(), 1, 1000);
        int cache = raw.integer("retrieval.question_cache", DEFAULT_QUESTION_CACHE, 0, 1_000_000);
        java.util.Map<org.rujp.bot.knowledge.Lang, Mode> byLang = new java.util.EnumMap<>(org.rujp.bot.knowledge.Lang.class);
        for (org.rujp.bot.knowledge.Lang lang : org.rujp.bot.knowledge.Lang.values()) {
            String key = "retrieval.mode_by_language." + lang.code();
            if (raw.keys().contains(key)) {
                byLang.put(lang, raw.choice(key, mode, Mode.class));
            }
        }
        if (dense + bm25 <= 0) {
            raw.problem("retrieval.dense_weight and retrieval.bm25_weight (from " + raw.origin("retrieval.dense_weight")
                    + ", " + raw.origin("retrieval.bm25_weight") + "): must not both be 0");
            return new RetrievalSettings(mode, fusion, DEFAULTS.denseWeight(), DEFAULTS.bm25Weight(), k, byLang, cache);
        }
        return new RetrievalSettings(mode, fusion, dense, bm25, k, byLang, cache);
    }

    /** The refusal threshold on this mode's score scale, for when {@code answer.min_score} is not set. */
    public double defaultMinScore() {
        return mode == Mode.HYBRID ? HYBRID_DEFAULT_MIN_SCORE : AnswerSettings.DEFAULT_MIN_SCORE;
    }

    public RetrievalSettings withMode(Mode mode) {
        return new RetrievalSettings(mode, fusion, denseWeight, bm25Weight, rrfK, modeByLang, questionCache);
    }

    public RetrievalSettings withFusion(Fusion fusion) {
        return new RetrievalSettings(mode, fusion, denseWeight, bm25Weight, rrfK, modeByLang, questionCache);
    }

    public RetrievalSettings withWeights(double dense, double bm25) {
        return new RetrievalSettings(mode, fusion, dense, bm25, rrfK, modeByLang, questionCache);
    }

    public RetrievalSettings withQuestionCache(int vectors) {
        return new RetrievalSettings(mode, fusion, denseWeight, bm25Weight, rrfK, modeByLang, vectors);
    }
}

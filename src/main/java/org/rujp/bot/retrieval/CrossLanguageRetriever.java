package org.rujp.bot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;

/**
 * Lets Russian and Japanese questions reach passages that exist only in English (ingested English articles):
 *
 * <ol>
 *   <li>retrieve as before in the question's own language (curated facts have Russian and Japanese text);</li>
 *   <li>when the knowledge holds texts without the question's language, translate the question into an
 *       English query ({@link QuestionTranslator}: entities by the alias table, numbers kept, words by the
 *       bilingual dictionary);</li>
 *   <li>score those texts as hybrid retrieval scores an English question: the BM25 score of the translated
 *       query ({@link Bm25Retriever#crossScores}) fused with the dense contrast of its English words
 *       ({@link HybridRetriever#fused}), so that the same thresholds hold;</li>
 *   <li>merge the two lists by score, a text lacking the question's language scored only by step 3.</li>
 * </ol>
 * English questions, and any question when no text lacks its language or its dictionary is not installed,
 * get the inner retriever's list unchanged.
 */
public final class CrossLanguageRetriever implements Retriever {
    private static final int DEPTH = 20;

    private final Retriever inner;
    private final Retriever dense;
    private final Bm25Retriever bm25;
    private final HybridRetriever fusion;
    private final QuestionTranslator translator;
    private final KnowledgeBase kb;
    private final Map<Lang, Boolean> lacking = new java.util.EnumMap<>(Lang.class);

    public CrossLanguageRetriever(Retriever inner, Retriever dense, Bm25Retriever bm25, HybridRetriever fusion,
                                  QuestionTranslator translator, KnowledgeBase kb) {
        this.inner = inner;
        this.dense = dense;
        this.bm25 = bm25;
        this.fusion = fusion;
        this.translator = translator;
        this.kb = kb;
        for (Lang lang : Lang.values()) {
            lacking.put(lang, kb.facts().stream().anyMatch(f -> !f.has(lang) && f.has(Lang.EN)));
        }
    }

    @Override
    public List<ScoredFact> retrieve(Query query, int limit) {
        List<ScoredFact> own = inner.retrieve(query, limit);
        Lang lang = query.lang();
        if (lang == Lang.EN || !lacking.get(lang) || query.text().isBlank()) {
            return own;
        }
        Optional<QuestionTranslator.Translation> translation = translator.translate(query.text(), lang);
        if (translation.isEmpty()) {
            return own;
        }
        LinkedHashMap<String, Double> lexical = bm25.crossScores(translation.get(), f -> !f.has(lang) && f.has(Lang.EN));
        Map<String, Double> scores = new HashMap<>();
        Map<String, Fact> facts = new HashMap<>();
        for (ScoredFact s : own) {
            if (s.fact().has(lang)) {
                scores.put(s.fact().id(), s.score());
                facts.put(s.fact().id(), s.fact());
            }
        }
        if (!lexical.isEmpty()) {
            List<ScoredFact> denseList = dense.retrieve(new Query(translation.get().denseText(), Lang.EN), Math.max(1, kb.facts().size()));
            Map<String, Double> contrast = HybridRetriever.contrasts(denseList);
            lexical.entrySet().stream().limit(DEPTH).forEach(e -> kb.fact(e.getKey()).ifPresent(f -> {
                scores.put(f.id(), fusion.fused(contrast.getOrDefault(f.id(), 0.0), e.getValue()));
                facts.put(f.id(), f);
            }));
        }
        List<String> ids = new ArrayList<>(scores.keySet());
        ids.sort(Comparator.comparingDouble((String id) -> scores.get(id)).reversed().thenComparing(Comparator.naturalOrder()));
        List<ScoredFact> merged = new ArrayList<>();
        for (String id : ids) {
            if (merged.size() >= limit) {
                break;
            }
            merged.add(new ScoredFact(facts.get(id), scores.get(id), merged.size() + 1));
        }
        return merged;
    }

    @Override
    public String name() {
        return inner.name() + "+cross-language";
    }
}

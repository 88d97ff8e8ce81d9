package org.rujp.bot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rujp.bot.config.RetrievalSettings;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;

/**
 * Hybrid retrieval: the English embedding model and multilingual BM25, fused. The embedding model
 * understands paraphrase but hardly reads Russian or Japanese; BM25 reads all three languages but only
 * their words. Together they find the fact in either case.
 *
 * <ol>
 *   <li><b>expand</b>: find the entities the question names, in any script ({@link AliasExpander});</li>
 *   <li><b>dense</b>: embed the question with the English names of those entities appended, and take the
 *       cosine similarity of every fact. The model reads English only: a Russian or Japanese question is
 *       embedded as its English rendering through the bilingual dictionaries when one is installed
 *       ({@link QuestionTranslator.Translation#denseText}: the entities' English names and each word's first
 *       English alternative), else as the English names of its entities alone
 *       ({@link AliasExpander.Expansion#denseText}); a passage with no English text (an ingested Russian
 *       article) is compared with the question as it would be without the rendering;</li>
 *   <li><b>lexical</b>: take the normalised BM25 score in [0, 1] of every fact matching the question
 *       and its entities ({@link Bm25Retriever});</li>
 *   <li><b>candidates</b>: the union of the best {@code max(limit, 20)} of each list;</li>
 *   <li><b>score</b> every candidate, both relevances being known for each:
 *       {@code (dense_weight * contrast + bm25_weight * bm25) / (dense_weight + bm25_weight)}, bm25 = 0
 *       for a fact BM25 does not match (see {@link #contrast});</li>
 *   <li><b>order</b> by that fused score ({@code retrieval.fusion: score}, the default), or by weighted
 *       reciprocal rank fusion {@code dense_weight / (k + denseRank) + bm25_weight / (k + bm25Rank)}
 *       ({@code retrieval.fusion: rrf}; a list not holding the candidate adds nothing; ties go to the
 *       higher fused score).</li>
 * </ol>
 *
 * <p>Why a fused score and not only RRF: an RRF value says where a fact ranked, not how relevant it is,
 * so the best of nothing relevant would look as good as a perfect match, and the answerer could never
 * refuse. The fused score is an absolute relevance in [0, 1] that {@code answer.min_score} can
 * threshold. Both of its parts are on a common, question-independent scale, so their convex combination
 * is also a sound order (it uses how much better a fact is, which RRF throws away); with {@code rrf}
 * the scores down the list are usually but not necessarily descending.
 */
public final class HybridRetriever implements Retriever {
    private static final int MIN_DEPTH = 20;

    private final Retriever dense;
    private final Bm25Retriever bm25;
    private final AliasExpander aliases;
    private final RetrievalSettings settings;
    private final int corpusSize;
    private final Optional<QuestionTranslator> translator;

    /**
     * Without dictionaries: a Russian or Japanese question reaches the embedding model as the English names of
     * its entities alone.
     *
     * @param dense the embedding retriever (cosine scores)
     * @param corpusSize how many facts the knowledge base holds, so dense scores every fact
     */
    public HybridRetriever(Retriever dense, Bm25Retriever bm25, AliasExpander aliases, RetrievalSettings settings,
                           int corpusSize) {
        this(dense, bm25, aliases, settings, corpusSize, Optional.empty());
    }

    /**
     * @param dense the embedding retriever (cosine scores)
     * @param corpusSize how many facts the knowledge base holds, so dense scores every fact
     * @param translator renders a Russian or Japanese question in English for the embedding model (where the
     *                   language's dictionary is installed)
     */
    public HybridRetriever(Retriever dense, Bm25Retriever bm25, AliasExpander aliases, RetrievalSettings settings,
                           int corpusSize, Optional<QuestionTranslator> translator) {
        this.translator = translator;
        this.dense = dense;
        this.bm25 = bm25;
        this.aliases = aliases;
        this.settings = settings;
        this.corpusSize = Math.max(1, corpusSize);
    }

    private record Candidate(Fact fact, double rrf, double score) {
    }

    @Override
    public List<ScoredFact> retrieve(Query query, int limit) {
        if (query.text().isBlank() || limit < 1) {
            return List.of();
        }
        AliasExpander.Expansion expansion = aliases.expand(query.text());
        String denseText = denseText(query, expansion);
        List<ScoredFact> denseList = dense.retrieve(new Query(denseText, query.lang()), corpusSize);
        LinkedHashMap<String, Double> lexical = bm25.scores(query, expansion);

        Map<String, Double> contrast = contrasts(denseList);
        String original = expansion.denseText(query.text(), query.lang());
        if (!original.equals(denseText) && denseList.stream().anyMatch(s -> !s.fact().has(Lang.EN))) {
            // a passage with no English text (an ingested Russian article) is compared with the question as written
            Map<String, Double> asWritten = contrasts(dense.retrieve(new Query(original, query.lang()), corpusSize));
            denseList.stream().filter(s -> !s.fact().has(Lang.EN)).forEach(s -> contrast.put(s.fact().id(), asWritten.getOrDefault(s.fact().id(), 0.0)));
        }
        Map<String, Integer> denseRank = new HashMap<>();
        Map<String, Fact> facts = new HashMap<>();
        for (ScoredFact s : denseList) {
            denseRank.put(s.fact().id(), s.rank());
            facts.put(s.fact().id(), s.fact());
        }
        Map<String, Integer> lexicalRank = new HashMap<>();
        for (String id : lexical.keySet()) {
            lexicalRank.put(id, lexicalRank.size() + 1);
        }

        int depth = Math.max(limit, MIN_DEPTH);
        Set<String> ids = new LinkedHashSet<>();
        denseList.stream().limit(depth).forEach(s -> ids.add(s.fact().id()));
        lexical.keySet().stream().limit(depth).forEach(ids::add);

        List<Candidate> candidates = new ArrayList<>();
        for (String id : ids) {
            Fact fact = facts.get(id);
            if (fact == null) {
                continue; // dense scores every fact of the knowledge base; this one is not in it
            }
            double rrf = rrf(denseRank.get(id), lexicalRank.get(id));
            candidates.add(new Candidate(fact, rrf, fused(contrast.getOrDefault(id, 0.0), lexical.getOrDefault(id, 0.0))));
        }
        Comparator<Candidate> order = settings.fusion() == RetrievalSettings.Fusion.RRF
                ? Comparator.comparingDouble(Candidate::rrf).thenComparingDouble(Candidate::score)
                : Comparator.comparingDouble(Candidate::score).thenComparingDouble(Candidate::rrf);
        candidates.sort(order.reversed());
        List<ScoredFact> results = new ArrayList<>();
        for (Candidate c : candidates) {
            if (results.size() >= limit) {
                break;
            }
            results.add(new ScoredFact(c.fact(), c.score(), results.size() + 1));
        }
        return results;
    }

    /** What the English embedding model reads of the question (see the class comment). */
    String denseText(Query query, AliasExpander.Expansion expansion) {
        if (query.lang() != Lang.EN) {
            Optional<String> english = translator.flatMap(t -> t.translate(query.text(), query.lang()))
                    .map(QuestionTranslator.Translation::denseText).filter(text -> !text.isBlank());
            if (english.isPresent()) {
                return english.get();
            }
        }
        return expansion.denseText(query.text(), query.lang());
    }

    /**
     * The dense relevance of a fact: how far its cosine stands above the median cosine the same question
     * gets over the whole knowledge base, as a share of the distance from that median to 1. The English
     * model gives every Russian or Japanese text a similar, fairly high cosine (an unrelated Japanese
     * question scores about 0.65 with some fact); relative to its own background such a question stands
     * out from nothing, while an English question that matches one fact stands out clearly.
     */
    static double contrast(double cosine, double median) {
        return median >= 1 ? 0 : Math.max(0, (cosine - median) / (1 - median));
    }

    /** The weighted mean of the dense contrast and the normalised BM25 score; in [0, 1]. */
    double fused(double denseRelevance, double bm25Score) {
        double wd = settings.denseWeight();
        double wb = settings.bm25Weight();
        return (wd * denseRelevance + wb * bm25Score) / (wd + wb);
    }

    /** Weighted reciprocal rank fusion of the one-based ranks (null: not in that list). */
    double rrf(Integer denseRank, Integer bm25Rank) {
        double rrf = 0;
        if (denseRank != null) {
            rrf += settings.denseWeight() / (settings.rrfK() + denseRank);
        }
        if (bm25Rank != null) {
            rrf += settings.bm25Weight() / (settings.rrfK() + bm25Rank);
        }
        return rrf;
    }

    /** Each fact's {@link #contrast} against the median cosine of the whole list (the question over the whole knowledge base). */
    static Map<String, Double> contrasts(List<ScoredFact> denseList) {
        double median = median(denseList);
        Map<String, Double> contrast = new HashMap<>();
        denseList.forEach(s -> contrast.put(s.fact().id(), contrast(s.score(), median)));
        return contrast;
    }

    private static double median(List<ScoredFact> list) {
        double[] scores = list.stream().mapToDouble(ScoredFact::score).sorted().toArray();
        if (scores.length == 0) {
            return 0;
        }
        int mid = scores.length / 2;
        return scores.length % 2 == 1 ? scores[mid] : (scores[mid - 1] + scores[mid]) / 2;
    }

    @Override
    public String name() {
        return "hybrid";
    }
}

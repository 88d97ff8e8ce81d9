package org.rujp.bot.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rujp.bot.index.DenseIndex;
import org.rujp.bot.index.Embedder;
import org.rujp.bot.knowledge.KnowledgeBase;

/** Dense retrieval: embeds the query and ranks facts by cosine similarity. Scores are cosines in [-1, 1]. */
public final class EmbeddingRetriever implements Retriever {
    private final Embedder embedder;
    private final DenseIndex index;
    private final KnowledgeBase kb;

    public EmbeddingRetriever(Embedder embedder, DenseIndex index, KnowledgeBase kb) {
        this.embedder = embedder;
        this.index = index;
        this.kb = kb;
    }

    @Override
    public List<ScoredFact> retrieve(Query query, int limit) {
        if (query.text().isBlank()) {
            return List.of();
        }
        List<ScoredFact> results = new ArrayList<>();
        for (Map.Entry<String, Double> e : index.search(embedder.embed(query.text()), limit).entrySet()) {
            kb.fact(e.getKey()).ifPresent(f -> results.add(new ScoredFact(f, e.getValue(), results.size() + 1)));
        }
        return results;
    }

    @Override
    public String name() {
        return "dense";
    }
}

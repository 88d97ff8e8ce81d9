package org.rujp.bot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded vector index of the knowledge base: every {@link IndexEntry} of every fact in a
 * langchain4j in-memory embedding store. Search returns the best cosine similarity per fact.
 */
public final class DenseIndex {
    private final InMemoryEmbeddingStore<TextSegment> store;
    private final int size;
    private final String key;

    DenseIndex(InMemoryEmbeddingStore<TextSegment> store, int size, String key) {
        this.store = store;
        this.size = size;
        this.key = key;
    }

    static DenseIndex build(List<IndexEntry> entries, List<float[]> vectors, String key) {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            IndexEntry e = entries.get(i);
            ids.add(e.factId() + "#" + e.field());
            embeddings.add(Embedding.from(vectors.get(i)));
            segments.add(TextSegment.from(e.text(), Metadata.from(Map.of("fact", e.factId(), "field", e.field()))));
        }
        store.addAll(ids, embeddings, segments);
        return new DenseIndex(store, entries.size(), key);
    }

    InMemoryEmbeddingStore<TextSegment> store() {
        return store;
    }

    /** How many vectors the index holds. */
    public int size() {
        return size;
    }

    /** The cache key: a hash of the knowledge version, the model and the indexing recipe. */
    public String key() {
        return key;
    }

    /**
     * The best cosine similarity per fact for the query vector, best first.
     *
     * @return fact id to cosine similarity in [-1, 1], ordered by similarity
     */
    public LinkedHashMap<String, Double> search(float[] query, int maxFacts) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query))
                .maxResults(Math.max(1, Math.min(size, maxFacts * 6)))
                .minScore(0.0)
                .build();
        LinkedHashMap<String, Double> best = new LinkedHashMap<>();
        for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
            String factId = match.embedded().metadata().getString("fact");
            double cosine = 2 * match.score() - 1; // the store reports (cos + 1) / 2
            best.merge(factId, cosine, Math::max);
            if (best.size() >= maxFacts) {
                break;
            }
        }
        return best;
    }
}

package org.rujp.bot.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the most recently embedded questions, so a question asked again costs no model
 * time. Questions repeat: users tap the example questions of {@code /start}, a follow-up button asks a
 * fixed question, and a Russian or Japanese question is embedded as the English names of its entities,
 * which many questions share. Least recently used vectors are dropped past {@code capacity}; a vector is
 * 1.5 KB. Batch embedding (building the index) bypasses the cache.
 */
public final class CachingEmbedder implements Embedder {
    private final Embedder model;
    private final Map<String, float[]> recent;

    public CachingEmbedder(Embedder model, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.model = model;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[] embed(String text) {
        float[] vector;
        synchronized (recent) {
            vector = recent.get(text);
        }
        if (vector == null) {
            // Two threads missing the same text both embed it; the model is not held under the lock.
            vector = model.embed(text);
            synchronized (recent) {
                recent.put(text, vector);
            }
        }
        return vector.clone();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts);
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    /** How many vectors are held. */
    public int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}

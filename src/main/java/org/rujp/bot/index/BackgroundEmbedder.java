package org.rujp.bot.index;

import java.util.List;
import java.util.function.Supplier;
import org.rujp.bot.Background;

/**
 * An embedder whose model loads on a background thread, so that start-up can read the knowledge and the
 * index cache and build the BM25 index meanwhile. The model id is known up front (it keys the index
 * cache); the first embedding waits for the model.
 */
public final class BackgroundEmbedder implements Embedder {
    private final Background<Embedder> model;
    private final String modelId;

    private BackgroundEmbedder(Background<Embedder> model, String modelId) {
        this.model = model;
        this.modelId = modelId;
    }

    /** Starts loading the model on a daemon thread. */
    public static BackgroundEmbedder load(Supplier<Embedder> loader, String modelId) {
        return new BackgroundEmbedder(Background.start("rujp-model-load", loader), modelId);
    }

    /** Waits until the model is loaded; rethrows what went wrong loading it. */
    public Embedder await() {
        return model.await();
    }

    @Override
    public float[] embed(String text) {
        return await().embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return await().embedAll(texts);
    }

    @Override
    public String modelId() {
        return modelId;
    }
}

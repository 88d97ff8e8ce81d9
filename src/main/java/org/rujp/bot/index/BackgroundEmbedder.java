package org.rujp.bot.index;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * An embedder whose model loads on a background thread, so that start-up can read the knowledge and the
 * index cache and build the BM25 index meanwhile. The model id is known up front (it keys the index
 * cache); the first embedding waits for the model.
 */
public final class BackgroundEmbedder implements Embedder {
    private final CompletableFuture<Embedder> model;
    private final String modelId;

    private BackgroundEmbedder(CompletableFuture<Embedder> model, String modelId) {
        this.model = model;
        this.modelId = modelId;
    }

    /** Starts loading the model on a daemon thread. */
    public static BackgroundEmbedder load(Supplier<Embedder> loader, String modelId) {
        CompletableFuture<Embedder> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(loader.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "rujp-model-load");
        thread.setDaemon(true);
        thread.start();
        return new BackgroundEmbedder(future, modelId);
    }

    /** Waits until the model is loaded; rethrows what went wrong loading it. */
    public Embedder await() {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
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

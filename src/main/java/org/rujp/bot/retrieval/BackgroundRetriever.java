package org.rujp.bot.retrieval;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A retriever built on a background thread (BM25 with its analysers and the Japanese dictionary takes a
 * second or two), so that start-up and questions routed elsewhere need not wait for it; the first query
 * it serves waits until it is ready.
 */
public final class BackgroundRetriever implements Retriever {
    private final CompletableFuture<Retriever> retriever = new CompletableFuture<>();
    private final String name;

    public BackgroundRetriever(String name, Supplier<Retriever> builder) {
        this.name = name;
        Thread thread = new Thread(() -> {
            try {
                retriever.complete(builder.get());
            } catch (RuntimeException | Error e) {
                retriever.completeExceptionally(e);
            }
        }, "rujp-retriever-build");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the retriever is built; rethrows what went wrong building it. */
    public Retriever await() {
        try {
            return retriever.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    @Override
    public List<ScoredFact> retrieve(Query query, int limit) {
        return await().retrieve(query, limit);
    }

    @Override
    public String name() {
        return name;
    }
}

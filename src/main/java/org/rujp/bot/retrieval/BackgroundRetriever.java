package org.rujp.bot.retrieval;

import java.util.List;
import java.util.function.Supplier;
import org.rujp.bot.Background;

/**
 * A retriever built on a background thread (BM25 with its analysers and the Japanese dictionary takes a
 * second or two), so that start-up and questions routed elsewhere need not wait for it; the first query
 * it serves waits until it is ready.
 */
public final class BackgroundRetriever implements Retriever {
    private final Background<Retriever> retriever;
    private final String name;

    public BackgroundRetriever(String name, Supplier<Retriever> builder) {
        this.name = name;
        this.retriever = Background.start("rujp-retriever-build", builder);
    }

    @Override
    public List<ScoredFact> retrieve(Query query, int limit) {
        return retriever.await().retrieve(query, limit);
    }

    @Override
    public String name() {
        return name;
    }
}

package org.rujp.bot.retrieval;

import java.util.List;

/** Finds the facts most relevant to a query, best first. */
public interface Retriever {
    /** At most {@code limit} facts, ranked 1..n, best first. */
    List<ScoredFact> retrieve(Query query, int limit);

    /** A short name for logs and evaluation ("dense", "bm25", "hybrid"). */
    String name();
}

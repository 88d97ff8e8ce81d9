package org.rujp.bot.retrieval;

import org.rujp.bot.knowledge.Fact;

/**
 * A fact as a retriever ranked it.
 *
 * @param fact the fact
 * @param score the retriever's relevance score; higher is better, comparable only within one retriever
 * @param rank one-based position in the result list
 */
public record ScoredFact(Fact fact, double score, int rank) {
    public ScoredFact {
        if (rank < 1) {
            throw new IllegalArgumentException("rank is one-based: " + rank);
        }
    }
}

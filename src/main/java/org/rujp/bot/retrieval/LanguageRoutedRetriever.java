package org.rujp.bot.retrieval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rujp.bot.knowledge.Lang;

/**
 * Sends each query to the retriever configured for its language (English questions to dense retrieval,
 * Russian and Japanese ones to hybrid, say), so that each language gets the retrieval that serves it best.
 */
public final class LanguageRoutedRetriever implements Retriever {
    private final Map<Lang, Retriever> routes;

    public LanguageRoutedRetriever(Map<Lang, Retriever> routes) {
        for (Lang lang : Lang.values()) {
            if (!routes.containsKey(lang)) {
                throw new IllegalArgumentException("no retriever for " + lang);
            }
        }
        this.routes = new EnumMap<>(routes);
    }

    @Override
    public List<ScoredFact> retrieve(Query query, int limit) {
        return routes.get(query.lang()).retrieve(query, limit);
    }

    @Override
    public String name() {
        return routes.entrySet().stream().map(e -> e.getKey().code() + ":" + e.getValue().name()).collect(Collectors.joining(","));
    }
}

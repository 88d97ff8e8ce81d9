package org.rujp.bot.retrieval;

import org.rujp.bot.knowledge.Lang;

/**
 * What a retriever searches for.
 *
 * @param text the question as resolved for retrieval (after follow-up handling)
 * @param lang the question's language
 */
public record Query(String text, Lang lang) {
    public Query {
        if (text == null) {
            throw new IllegalArgumentException("query text must not be null");
        }
        lang = lang == null ? Lang.EN : lang;
    }
}

package org.rujp.bot.index;

/**
 * One embedded text of a fact. A fact has several: its statement in each language, its statement with
 * tags and entity names, and its statement followed by the English questions it answers
 * ({@link org.rujp.bot.knowledge.Fact#asks}), so that differently worded questions find it.
 *
 * @param factId the fact embedded
 * @param field which text of the fact ("en", "ru", "ja", "keywords", "asked")
 * @param text the embedded text
 */
public record IndexEntry(String factId, String field, String text) {
}

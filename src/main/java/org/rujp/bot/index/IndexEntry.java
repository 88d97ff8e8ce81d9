package org.rujp.bot.index;

/**
 * One embedded text of a fact. A fact has several: its statement in each language and its
 * statement with tags and entity names, so that differently worded questions find it.
 *
 * @param factId the fact embedded
 * @param field which text of the fact ("en", "ru", "ja", "keywords")
 * @param text the embedded text
 */
public record IndexEntry(String factId, String field, String text) {
}

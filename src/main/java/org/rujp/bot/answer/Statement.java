package org.rujp.bot.answer;

import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Source;

/**
 * One knowledge-base statement in an answer, with the source it cites.
 *
 * @param fact the fact stated
 * @param text the fact's text in the answer's language
 * @param source the article it comes from
 * @param score the retrieval score that selected it
 */
public record Statement(Fact fact, String text, Source source, double score) {
}

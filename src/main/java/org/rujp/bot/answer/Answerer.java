package org.rujp.bot.answer;

/**
 * Answers a question from the knowledge base or refuses. The default implementation is extractive
 * and needs no language model; a generative answerer can implement the same interface later.
 */
public interface Answerer {
    Answer answer(Question question);
}

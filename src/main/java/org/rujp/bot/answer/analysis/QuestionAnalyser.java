package org.rujp.bot.answer.analysis;

import org.rujp.bot.knowledge.Lang;

/** Turns a question, in any of the supported languages, into the information it asks for. */
public interface QuestionAnalyser {
    InformationNeed analyse(String question, Lang lang);
}

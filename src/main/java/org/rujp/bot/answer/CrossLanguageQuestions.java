package org.rujp.bot.answer;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.rujp.bot.answer.analysis.AnswerType;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.QuestionTranslator;

/**
 * How the decide and compose stages read a question against a fact written only in another language (an
 * English article's passage, asked in Russian or Japanese): the fact's text is checked and its value read in
 * the fact's own language, against the question rendered in it by the {@link QuestionTranslator} (the frame of
 * the answer type asked, the entities' English names, the dictionary's words). A fact in the question's
 * language, and every fact when no translator is given, is read against the question as asked.
 */
final class CrossLanguageQuestions {
    /** No translation: every fact is read against the question as asked. */
    static final CrossLanguageQuestions NONE = new CrossLanguageQuestions(null, java.util.Set.of());

    private final QuestionTranslator translator;
    private final java.util.Set<Lang> englishOnly;
    private final Map<String, Optional<QuestionTranslator.Translation>> translations = new ConcurrentHashMap<>();

    /**
     * @param englishOnly the question languages some facts lack while having English (ingested English articles):
     *                    only their questions may name what only those English texts spell
     */
    CrossLanguageQuestions(QuestionTranslator translator, java.util.Set<Lang> englishOnly) {
        this.translator = translator;
        this.englishOnly = java.util.Set.copyOf(englishOnly);
    }

    /** The language the fact is read in for a question in {@code lang}: that language, or the fact's own. */
    static Lang readingLang(Fact fact, Lang lang) {
        return fact.has(lang) ? lang : fact.has(Lang.EN) ? Lang.EN : fact.texts().keySet().iterator().next();
    }

    /** The question to read the fact against: as asked, or rendered in English for an English-only fact. */
    String question(String question, Lang lang, AnswerType type, Fact fact) {
        if (translator == null || readingLang(fact, lang) != Lang.EN || lang == Lang.EN) {
            return question;
        }
        return translation(question, lang).map(t -> t.englishQuestion(frame(type))).orElse(question);
    }

    /** Whether a name the knowledge does not spell is known across scripts (see {@link QuestionTranslator#namesSomethingKnown}). */
    boolean namesSomethingKnown(String word, Lang lang, Predicate<String> englishWords) {
        return translator != null && englishOnly.contains(lang) && translator.available(lang)
                && translator.namesSomethingKnown(word, lang, englishWords);
    }

    /** An English question searched with the English words of the Russian and Japanese words left in it (see {@link QuestionTranslator#glossed}). */
    String glossed(String question, Lang lang) {
        return translator != null && lang == Lang.EN ? translator.glossed(question) : question;
    }

    /**
     * Whether a word is a common word of the language's dictionary, not a name (see {@link QuestionTranslator#loanword}), or
     * a common Russian word in lower case (see {@link QuestionTranslator#commonRussianWord}).
     */
    boolean loanword(String word, Lang lang) {
        if (LOWER_CYRILLIC.matcher(word).matches()) { // "лекарства" left in a Japanese question
            // (with no Russian dictionary to tell, every such word is taken for a common one, none for a name)
            return translator == null || !translator.available(Lang.RU) || translator.commonRussianWord(word);
        }
        return translator != null && lang == Lang.JA && translator.available(lang) && translator.loanword(word);
    }

    /** A word in lower-case Cyrillic letters: a Russian word left in a question of another language, a name is capitalised. */
    static final java.util.regex.Pattern LOWER_CYRILLIC = java.util.regex.Pattern.compile("[а-яё]+");

    private Optional<QuestionTranslator.Translation> translation(String question, Lang lang) {
        if (translations.size() > 1000) {
            translations.clear();
        }
        return translations.computeIfAbsent(lang.code() + "|" + question, k -> translator.translate(question, lang));
    }

    /** The English question frame of an answer type, as the English value readers recognise it. */
    static String frame(AnswerType type) {
        return switch (type) {
            case NUMBER -> "How many";
            case AMOUNT -> "How much";
            case DATE, MONTH, WEEKDAY -> "When";
            case YEAR -> "In which year";
            case PLACE -> "Where";
            case PERSON -> "Who";
            case ORGANISATION -> "Which organisation";
            case OCCASION -> "At what meeting";
            default -> "What";
        };
    }
}

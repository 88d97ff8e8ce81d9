package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.answer.analysis.AnswerType;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.answer.analysis.LanguageRules;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.config.AnswerSettings;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.ScoredFact;

/**
 * The decide stage: matches the information need against the retrieved facts and the entity cards.
 * <ol>
 *   <li>a description of a known entity ("Who is X?", "What is X's job?") is answered from its card;</li>
 *   <li>otherwise the best fact must score at least the calibrated threshold, and the question must name
 *       nothing the knowledge base has never heard of;</li>
 *   <li>an attribute asked of known entities (weather, population, successor) must be stated by a close
 *       candidate fact or a card, else the bot says what it does know about them instead;</li>
 *   <li>among the candidates scoring close to the best, the first that passes the fact checks of
 *       {@link Answerability} and holds a value of the asked type answers; a "who", "which organisation"
 *       or "where" question that no candidate can fill is refused rather than answered with any name.</li>
 * </ol>
 */
final class NeedDecider implements Decider {
    /** How far below the best score a candidate may be and still answer a value the closer ones lack. */
    private static final double WIDE_SHARE = 0.7;

    private final KnowledgeBase kb;
    private final AnswerSettings settings;
    private final Answerability answerability;
    private final SlotLeads leads;
    /** Per fact and language, its analysed terms: built on first use, read on every answer. */
    private final Map<String, List<String>> factTerms = new java.util.concurrent.ConcurrentHashMap<>();

    private final CrossLanguageQuestions crossing;

    NeedDecider(KnowledgeBase kb, AnswerSettings settings, Answerability answerability, SlotLeads leads, CrossLanguageQuestions crossing) {
        this.crossing = crossing;
        this.kb = kb;
        this.settings = settings;
        this.answerability = answerability;
        this.leads = leads;
    }

    @Override
    public Decision decide(InformationNeed need, String question, String resolved, List<ScoredFact> retrieved) {
        Lang lang = need.lang();
        Optional<Entity> described = need.entities().stream().filter(e -> e.card().described()).findFirst();
        if (need.type() == AnswerType.DESCRIPTION && described.isPresent()) {
            return new Decision.FromCard(described.get());
        }
        if (retrieved.isEmpty()) {
            return declined(new RefusalReason.NothingRetrieved());
        }
        ScoredFact top = retrieved.get(0);
        if (top.score() < settings.minScore(lang)) {
            return declined(new RefusalReason.BelowThreshold(top.score(), settings.minScore(lang)));
        }
        Optional<String> unknown = answerability.unknownName(question, lang,
                word -> crossing.namesSomethingKnown(word, lang, answerability::knowsWord));
        if (unknown.isPresent()) {
            return declined(new RefusalReason.UnknownName(unknown.get()));
        }
        List<ScoredFact> close = new ArrayList<>();
        for (ScoredFact candidate : retrieved) {
            if (candidate == top || candidate.score() >= top.score() * settings.relativeScore()) {
                close.add(candidate);
            }
        }
        List<ScoredFact> aboveThreshold = retrieved.stream().filter(c -> c.score() >= settings.minScore(lang)).toList();
        List<ScoredFact> near = aboveThreshold.stream().filter(c -> c.score() >= top.score() * WIDE_SHARE).toList();
        Optional<String> attribute = need.attribute().filter(a -> !a.equals("position"));
        // stated by any candidate near the best (not only the closest): the knowledge base does know it
        if (attribute.isPresent() && near.stream().noneMatch(c -> states(c.fact(), attribute.get()))
                && need.entities().stream().noneMatch(e -> cardStates(e, attribute.get()))) {
            String names = String.join(", ", need.entities().stream().map(e -> e.name(lang)).toList());
            return new Decision.Declined(new RefusalReason.UnknownAttribute(names, attribute.get()), described);
        }
        // The close candidates first; then any candidate above the threshold that fills every part asked for
        // ("who proposed it, and in which year?" is answered by the fact naming the proposer and the year, even
        // when a fact merely about the plan scores higher).
        // A name asked with its part in the event ("who announced", "кто предложил") is looked for in every
        // candidate above the threshold: only a fact naming someone in that part can answer it.
        // Not for a multi-part question: a fact far down that names the proposer may date only the later report.
        boolean partNamed = need.part().isPresent() && !need.multiPart()
                && (need.type() == AnswerType.PERSON || need.type() == AnswerType.ORGANISATION);
        List<ScoredFact> wide = partNamed ? aboveThreshold : near;
        RefusalReason first = null;
        ScoredFact fallback = null;
        ScoredFact partial = null;
        ScoredFact furtherFiller = null;
        boolean topFailsChecks = false;
        for (ScoredFact candidate : wide) {
            boolean isClose = close.contains(candidate);
            // a fact only in another language is read in it, against the question rendered in that language
            Lang reading = CrossLanguageQuestions.readingLang(candidate.fact(), lang);
            String asked = crossing.question(question, lang, need.type(), candidate.fact());
            LanguageRules rules = LexiconRules.of(reading);
            Optional<String> problem = answerability.problem(asked, asked.equals(question) ? resolved : asked, reading,
                    legacyType(need, candidate.fact()), candidate.fact(), kb.sourceOf(candidate.fact()), candidate == top);
            if (problem.isPresent()) {
                first = first != null || !isClose ? first : new RefusalReason.CannotAnswer(problem.get());
                topFailsChecks |= candidate == top;
                continue;
            }
            long filled = java.util.stream.IntStream.range(0, need.parts().size()).filter(i -> !need.parts().get(i).wantsValue()
                    || leads.lead(need.parts().get(i), need.part(i), asked, candidate.fact(), rules).isPresent()).count();
            if (filled == need.parts().size() && (isClose || mustName(need) && !topFailsChecks)) {
                return new Decision.FromFact(candidate);
            }
            if (filled == need.parts().size() && need.type().wantsValue() && furtherFiller == null) {
                furtherFiller = candidate; // holds the value asked, where the closer facts hold none
            }
            if (need.multiPart() && partial == null
                    && leads.lead(need.parts().get(0), need.part(0), asked, candidate.fact(), rules).isPresent()) {
                partial = candidate; // the main ask answered, the rest named as unknown
            }
            if (!isClose) {
                continue;
            }
            first = first != null ? first : new RefusalReason.NoValue(need.type());
            fallback = fallback != null ? fallback : candidate;
        }
        if (partial != null) {
            return new Decision.FromFact(partial); // the parts it fills first, then which part is not known
        }
        if (furtherFiller != null && !topFailsChecks) { // a value from elsewhere never overrides what the best fact rules out
            return new Decision.FromFact(furtherFiller);
        }
        if (fallback != null && !mustName(need)) {
            return new Decision.FromFact(fallback); // the fact answers; its text says what the slots lack
        }
        return declined(first != null ? first : new RefusalReason.NoValue(need.type()));
    }

    /**
     * Whether only a fact holding the value may answer: a name or a place (any other name would be a
     * confident wrong answer), a count of the thing the question counts, or every part of a multi-part
     * question. A date or an amount is stated by the fact's text even where its slots lack it.
     */
    private static boolean mustName(InformationNeed need) {
        return switch (need.type()) {
            case PERSON, ORGANISATION, PLACE, DATE, YEAR, MONTH -> true;
            case NUMBER -> !need.counted().isEmpty();
            default -> need.multiPart();
        };
    }

    private static Decision declined(RefusalReason reason) {
        return new Decision.Declined(reason, Optional.empty());
    }

    /** The old check of "how many" questions reads the text; a fact with typed quantities is checked by its slots. */
    private static QuestionType legacyType(InformationNeed need, Fact fact) {
        boolean counts = need.type() == AnswerType.NUMBER || need.type() == AnswerType.AMOUNT;
        return counts && fact.slots().isEmpty() ? QuestionType.HOW_MANY : QuestionType.OTHER;
    }

    /** Whether a fact, in any of its languages, speaks of the attribute. */
    boolean states(Fact fact, String attribute) {
        for (Lang lang : fact.texts().keySet()) {
            LanguageRules rules = LexiconRules.of(lang);
            List<String> terms = factTerms.computeIfAbsent(fact.id() + "/" + lang.code(), k -> rules.terms(fact.text(lang)));
            for (List<String> phrase : rules.attributeTerms(attribute)) {
                if (rules.contains(terms, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean cardStates(Entity entity, String attribute) {
        LanguageRules rules = LexiconRules.of(Lang.EN);
        List<String> terms = factTerms.computeIfAbsent("card-" + entity.id(),
                k -> rules.terms(entity.role() + " " + entity.card().description(Lang.EN).orElse("")));
        return rules.attributeTerms(attribute).stream().anyMatch(p -> rules.contains(terms, p));
    }
}

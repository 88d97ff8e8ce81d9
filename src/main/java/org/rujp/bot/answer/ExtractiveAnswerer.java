package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.answer.analysis.AnswerType;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.answer.analysis.QuestionAnalyser;
import org.rujp.bot.config.AnswerSettings;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.Query;
import org.rujp.bot.retrieval.Retriever;
import org.rujp.bot.retrieval.ScoredFact;

/**
 * The default answerer: extractive, no language model.
 *
 * <ol>
 *   <li><b>resolve</b>: detect the language; rewrite a follow-up against the conversation, and take the
 *       previous answer's main entity for its "it";</li>
 *   <li><b>analyse</b>: turn the question into an information need ({@link QuestionAnalyser});</li>
 *   <li><b>retrieve</b>: rank candidate facts;</li>
 *   <li><b>decide</b>: match the need against the facts and entity cards, or refuse with a reason
 *       ({@link NeedDecider});</li>
 *   <li><b>compose</b>: the value of every part asked for first, then the fact and close runners-up, each
 *       with its source.</li>
 * </ol>
 */
public final class ExtractiveAnswerer implements Answerer {
    public static final String NAME = "extractive";
    /** Longer questions are not retrieved; the user is asked for one short question. */
    public static final int MAX_QUESTION_CHARS = 1000;

    private final Retriever retriever;
    private final KnowledgeBase kb;
    private final AnswerSettings settings;
    private final FollowUpResolver followUps;
    private final QuestionAnalyser analyser;
    private final NeedDecider decider;
    private final SlotLeads leads;

    public ExtractiveAnswerer(Retriever retriever, KnowledgeBase kb, AnswerSettings settings, QuestionAnalyser analyser) {
        this.retriever = retriever;
        this.kb = kb;
        this.settings = settings;
        this.analyser = analyser;
        this.followUps = new FollowUpResolver(kb);
        LeadExtractor text = new LeadExtractor(kb);
        this.leads = new SlotLeads(kb, text);
        this.decider = new NeedDecider(kb, settings, new Answerability(kb, text), leads);
    }

    /** With the lexicon analyser over the knowledge base's alias table. */
    public ExtractiveAnswerer(Retriever retriever, KnowledgeBase kb, AnswerSettings settings) {
        this(retriever, kb, settings, new org.rujp.bot.answer.analysis.LexiconQuestionAnalyser(new org.rujp.bot.retrieval.AliasExpander(kb)));
    }

    @Override
    public Answer answer(Question question) {
        Stages stages = new Stages();
        String text = question.text().strip();
        Lang lang = LanguageDetector.detect(text, question.langHint());
        if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return refuse(question, text, lang, new RefusalReason.EmptyQuestion(), Messages.get(lang, "refusal.empty"), List.of(), stages);
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            return refuse(question, text, lang, new RefusalReason.TooLong(text.length()),
                    Messages.get(lang, "refusal.too_long", text.length()), List.of(), stages);
        }
        String resolved = followUps.resolve(question, lang);
        stages.lap("resolve");
        InformationNeed need = analyser.analyse(text, lang);
        if (need.refersBack()) {
            need = need.withEntities(followUps.contextEntities(question));
        }
        stages.lap("analyse");
        List<ScoredFact> retrieved = retriever.retrieve(new Query(resolved, lang), settings.candidates());
        stages.lap("retrieve");
        Decision decision = decider.decide(need, text, resolved, retrieved);
        stages.lap("decide");
        if (decision instanceof Decision.FromFact f) {
            return compose(question, resolved, need, f.best(), retrieved, stages);
        } else if (decision instanceof Decision.FromCard c) {
            List<Statement> card = List.of(cardStatement(c.entity(), lang));
            stages.lap("compose");
            return new Answer.Answered(question.text(), resolved, lang, "", card, retrieved, NAME, stages.nanos());
        }
        Decision.Declined d = (Decision.Declined) decision;
        String message = message(d, lang);
        stages.lap("compose");
        return refuse(question, resolved, lang, d.reason(), message, retrieved, stages);
    }

    private Answer compose(Question question, String resolved, InformationNeed need, ScoredFact best, List<ScoredFact> retrieved,
                           Stages stages) {
        Lang lang = need.lang();
        ScoredFact top = retrieved.get(0);
        List<Statement> statements = new ArrayList<>();
        statements.add(new Statement(best.fact(), best.fact().text(lang), kb.sourceOf(best.fact()), best.score()));
        for (ScoredFact candidate : retrieved) {
            if (statements.size() >= settings.maxFacts()) {
                break;
            }
            if (candidate.score() < settings.minScore(lang) || candidate.score() < top.score() * settings.relativeScore()) {
                break;
            }
            String factText = candidate.fact().text(lang);
            if (candidate == best || statements.stream().anyMatch(s -> s.text().equals(factText))) {
                continue;
            }
            statements.add(new Statement(candidate.fact(), factText, kb.sourceOf(candidate.fact()), candidate.score()));
        }
        // Every part asked, in order; a part no stated fact fills is named as unknown ("the year: not in my articles").
        List<String> values = new ArrayList<>();
        for (int i = 0; i < need.parts().size(); i++) {
            AnswerType part = need.parts().get(i);
            // the parts of one question come from one fact: the month of another event is no answer
            Optional<String> value = need.multiPart()
                    ? lead(part, need.part(i), question.text().strip(), statements.subList(0, 1))
                    : lead(part, need, question.text().strip(), statements);
            if (value.isPresent() && !values.contains(value.get())) {
                values.add(value.get());
            } else if (value.isEmpty() && part.wantsValue() && need.multiPart()) {
                values.add(Messages.get(lang, "answer.part_unknown", Messages.get(lang, "part." + part.name())));
            }
        }
        String lead = String.join("; ", values);
        stages.lap("compose");
        return new Answer.Answered(question.text(), resolved, lang, lead, statements, retrieved, NAME, stages.nanos());
    }

    /** The value of one part: from the first stated fact that holds one; a date narrowed by the others ("June 2019" over "2019"). */
    private Optional<String> lead(AnswerType part, InformationNeed need, String question, List<Statement> statements) {
        if (part == AnswerType.DATE) {
            EventDate date = null;
            for (Statement s : statements) {
                EventDate d = leads.date(need, s.fact()).orElse(null);
                if (d != null && (date == null || d.narrows(date))) {
                    date = d;
                }
            }
            return Optional.ofNullable(date).map(d -> Messages.date(d, need.lang()));
        }
        for (Statement s : statements) {
            Optional<String> value = leads.lead(part, need, question, s.fact(), LexiconRules.of(need.lang()));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private Statement cardStatement(Entity entity, Lang lang) {
        Fact card = cardFact(entity);
        return new Statement(card, card.text(lang), kb.sourceOf(card), 1.0);
    }

    /** An entity's card as a statement the answer can cite: its description, citing the card's first article. */
    static Fact cardFact(Entity entity) {
        return new Fact(FollowUpResolver.CARD_PREFIX + entity.id(), entity.card().sources().get(0), entity.card().description(),
                Optional.empty(), List.of(), List.of(entity.id()), Fact.Kind.FACT);
    }

    /** What to tell the user: for an attribute nobody states, what the knowledge base does know of the entity. */
    private static String message(Decision.Declined declined, Lang lang) {
        if (declined.reason() instanceof RefusalReason.UnknownAttribute && declined.known().isPresent()) {
            Entity e = declined.known().get();
            return Messages.get(lang, "refusal.attribute", e.name(lang), e.card().description(lang).orElse(""));
        }
        return Messages.get(lang, "refusal.text");
    }

    private Answer.Refused refuse(Question question, String resolved, Lang lang, RefusalReason reason, String message,
                                  List<ScoredFact> retrieved, Stages stages) {
        return new Answer.Refused(question.text(), resolved, lang, reason.describe(), message, Messages.list(lang, "suggest"),
                retrieved, NAME, stages.nanos());
    }

    /** Nanoseconds per stage, in the order the stages ran. */
    private static final class Stages {
        private final Map<String, Long> nanos = new LinkedHashMap<>();
        private long since = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            nanos.put(stage, now - since);
            since = now;
        }

        Map<String, Long> nanos() {
            return nanos;
        }
    }
}

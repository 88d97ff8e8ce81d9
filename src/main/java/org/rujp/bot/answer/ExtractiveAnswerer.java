package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.config.AnswerSettings;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.Query;
import org.rujp.bot.retrieval.Retriever;
import org.rujp.bot.retrieval.ScoredFact;

/**
 * The default answerer: extractive, no language model.
 *
 * <ol>
 *   <li><b>resolve</b>: detect the language; rewrite a follow-up against the conversation context;</li>
 *   <li><b>retrieve</b>: rank candidate facts;</li>
 *   <li><b>decide</b>: refuse when the best fact scores below the calibrated {@code answer.min_score};</li>
 *   <li><b>compose</b>: state the best fact, and the next ones scoring close to it, each with its source;
 *       put the specific value the question asks for (date, number, place, person) first.</li>
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
    private final LeadExtractor leads;
    private final Answerability answerability;

    public ExtractiveAnswerer(Retriever retriever, KnowledgeBase kb, AnswerSettings settings) {
        this.retriever = retriever;
        this.kb = kb;
        this.settings = settings;
        this.followUps = new FollowUpResolver(kb);
        this.leads = new LeadExtractor(kb);
        this.answerability = new Answerability(kb, leads);
    }

    @Override
    public Answer answer(Question question) {
        Map<String, Long> stages = new LinkedHashMap<>();
        long t = System.nanoTime();
        String text = question.text().strip();
        Lang lang = LanguageDetector.detect(text, question.langHint());
        if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return refuse(question, text, lang, "empty question", Messages.get(lang, "refusal.empty"), List.of(), stages);
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            return refuse(question, text, lang, "question of " + text.length() + " characters",
                    Messages.get(lang, "refusal.too_long", text.length()), List.of(), stages);
        }
        String resolved = followUps.resolve(question, lang);
        t = lap(stages, "resolve", t);

        List<ScoredFact> retrieved = retriever.retrieve(new Query(resolved, lang), settings.candidates());
        t = lap(stages, "retrieve", t);

        if (retrieved.isEmpty() || retrieved.get(0).score() < settings.minScore(lang)) {
            String reason = retrieved.isEmpty() ? "nothing retrieved"
                    : String.format(java.util.Locale.ROOT, "top score %.3f below %.3f", retrieved.get(0).score(), settings.minScore(lang));
            lap(stages, "decide", t);
            return refuse(question, resolved, lang, reason, Messages.get(lang, "refusal.text"), retrieved, stages);
        }
        // The best answerable fact among those scoring close to the top one: a "how many" question is
        // answered by the close second that states the number rather than refused for the first that does not.
        QuestionType type = QuestionType.of(text, lang);
        ScoredFact top = retrieved.get(0);
        Optional<String> problem = answerability.questionProblem(text, lang);
        if (problem.isPresent()) {
            lap(stages, "decide", t);
            return refuse(question, resolved, lang, problem.get(), Messages.get(lang, "refusal.text"), retrieved, stages);
        }
        ScoredFact best = null;
        for (ScoredFact candidate : retrieved) {
            if (candidate != top && candidate.score() < top.score() * settings.relativeScore()) {
                break;
            }
            Optional<String> candidateProblem = answerability.problem(text, resolved, lang, type, candidate.fact(), kb.sourceOf(candidate.fact()),
                    candidate == top);
            if (candidateProblem.isEmpty()) {
                best = candidate;
                break;
            }
            problem = problem.isPresent() ? problem : candidateProblem;
        }
        if (best == null) {
            lap(stages, "decide", t);
            return refuse(question, resolved, lang, problem.orElse("no answerable fact"), Messages.get(lang, "refusal.text"), retrieved, stages);
        }
        t = lap(stages, "decide", t);

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
        String lead = type == QuestionType.WHEN
                ? preciseDate(statements).map(d -> Messages.date(d, lang)).orElse("")
                : statements.stream().map(s -> leads.lead(type, text, s.fact(), lang)).flatMap(Optional::stream).findFirst().orElse("");
        if (lead.isEmpty() && (type == QuestionType.WHERE || type == QuestionType.WHO
                && (LeadExtractor.asksForOrganisation(text) || leads.requiredRole(text, lang).isPresent()))) {
            lap(stages, "compose", t);
            return refuse(question, resolved, lang, "the question asks for a " + (type == QuestionType.WHO ? "person or organisation" : "place")
                    + " and the facts found name none besides those in the question", Messages.get(lang, "refusal.text"), retrieved, stages);
        }
        lap(stages, "compose", t);
        return new Answer.Answered(question.text(), resolved, lang, lead, statements, retrieved, NAME, stages);
    }

    /**
     * The date of the first stated fact that has one, narrowed by the others stated with it: when one says
     * "2019" and another "June 2019", the answer leads with June 2019. A date that disagrees is ignored.
     */
    private static Optional<EventDate> preciseDate(List<Statement> statements) {
        EventDate date = null;
        for (Statement s : statements) {
            EventDate d = s.fact().date().orElse(null);
            if (d != null && (date == null || d.narrows(date))) {
                date = d;
            }
        }
        return Optional.ofNullable(date);
    }

    private Answer.Refused refuse(Question question, String resolved, Lang lang, String reason, String message,
                                  List<ScoredFact> retrieved, Map<String, Long> stages) {
        return new Answer.Refused(question.text(), resolved, lang, reason, message, Messages.list(lang, "suggest"),
                retrieved, NAME, stages);
    }

    private static long lap(Map<String, Long> stages, String stage, long since) {
        long now = System.nanoTime();
        stages.put(stage, now - since);
        return now;
    }
}

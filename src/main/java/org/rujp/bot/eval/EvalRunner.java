package org.rujp.bot.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.Answerer;
import org.rujp.bot.answer.Question;
import org.rujp.bot.answer.Statement;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.retrieval.ScoredFact;

/** Runs gold questions through an answerer and judges each outcome. */
public final class EvalRunner {
    private final Answerer answerer;
    private final KnowledgeBase kb;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EvalRunner.class);
    /** The answerer's name on the outcome of a question it failed on: neither an answer nor a refusal. */
    static final String FAILED = "failed";

    public EvalRunner(Answerer answerer, KnowledgeBase kb) {
        this.answerer = answerer;
        this.kb = kb;
    }

    public List<Outcome> run(List<GoldQuestion> questions) {
        return run(questions, org.rujp.bot.Progress.SILENT, "");
    }

    /** Asks every question in order; {@code progress} moves a step per question under {@code name}. */
    public List<Outcome> run(List<GoldQuestion> questions, org.rujp.bot.Progress progress, String name) {
        try (org.rujp.bot.Progress.Task task = progress.start(name, questions.size())) {
            return run(questions, task);
        }
    }

    private List<Outcome> run(List<GoldQuestion> questions, org.rujp.bot.Progress.Task task) {
        List<Outcome> outcomes = new ArrayList<>();
        java.util.Map<String, Answer> answers = new java.util.HashMap<>();
        for (GoldQuestion q : questions) {
            long start = System.nanoTime();
            // A follow-up is asked in the conversation of the question it follows, as the bot keeps it.
            java.util.Optional<Question.Context> context = q.after().map(answers::get).map(EvalRunner::contextOf);
            Answer answer;
            try {
                answer = answerer.answer(new Question(q.question(), java.util.Optional.empty(), context));
            } catch (RuntimeException e) {
                // one question the answerer fails on is one wrong answer, named, not the end of the run
                LOG.error("{} ({}:{}): answering failed: {}", q.id(), q.file(), q.line(), e.toString());
                answer = new Answer.Refused(q.question(), q.question(), q.lang(), "answering failed: " + e, "", List.of(), List.of(),
                        FAILED, java.util.Map.of());
            }
            answers.put(q.id(), answer);
            long nanos = System.nanoTime() - start;
            outcomes.add(judge(q, answer, nanos));
            task.step();
        }
        return outcomes;
    }

    private static Question.Context contextOf(Answer previous) {
        return previous instanceof Answer.Answered a ? Question.Context.after(a) : new Question.Context(previous.resolvedQuestion(), List.of());
    }

    public Outcome judge(GoldQuestion q, Answer answer, long nanos) {
        List<String> retrievedIds = answer.retrieved().stream().map(s -> s.fact().id()).toList();
        int rank = 0;
        for (ScoredFact s : answer.retrieved()) {
            if (q.facts().contains(s.fact().id())) {
                rank = s.rank();
                break;
            }
        }
        boolean failed = answer instanceof Answer.Refused r && FAILED.equals(r.answerer());
        boolean refused = answer instanceof Answer.Refused && !failed;
        boolean accurate;
        boolean citation = false;
        if (q.refuse()) {
            accurate = refused;
        } else if (answer instanceof Answer.Answered a) {
            // who, when, where, how many: the value asked for must be the answer's first line, not only somewhere in it
            accurate = containsAll(q.wantsLead() ? a.lead() : spokenText(a), q.answer(), q.lang());
            Set<String> expectedSources = new HashSet<>();
            q.facts().forEach(id -> kb.fact(id).ifPresent(f -> expectedSources.add(f.sourceId())));
            citation = a.sources().stream().anyMatch(s -> expectedSources.contains(s.id()));
        } else {
            accurate = false;
        }
        return new Outcome(q, answer, retrievedIds, rank, refused, accurate, citation, nanos);
    }

    /** What the bot said, without the citations (whose dates would otherwise match date questions). */
    public static String spokenText(Answer.Answered a) {
        StringBuilder text = new StringBuilder(a.lead());
        for (Statement s : a.statements()) {
            text.append('\n').append(s.text());
        }
        return text.toString();
    }

    static boolean containsAll(String text, List<List<String>> groups) {
        return containsAll(text, groups, org.rujp.bot.knowledge.Lang.EN);
    }

    /**
     * Whether every group has a variant in the text. In Russian a variant also counts in another case: "Осаке"
     * is in "Осака" when their stems agree, since a lead names a place in the nominative.
     */
    static boolean containsAll(String text, List<List<String>> groups, org.rujp.bot.knowledge.Lang lang) {
        String haystack = normalize(text);
        String stemmed = lang == org.rujp.bot.knowledge.Lang.RU ? " " + String.join(" ", stems(haystack)) + " " : "";
        for (List<String> group : groups) {
            if (group.stream().noneMatch(variant -> haystack.contains(normalize(variant))
                    || !stemmed.isEmpty() && stemmed.contains(" " + String.join(" ", stems(normalize(variant))) + " "))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> stems(String text) {
        return org.rujp.bot.answer.analysis.LexiconRules.of(org.rujp.bot.knowledge.Lang.RU).terms(text);
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ').replace('\u202f', ' ').replace('ё', 'е').replaceAll("\\s+", " ");
    }
}

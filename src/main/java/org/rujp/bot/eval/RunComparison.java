package org.rujp.bot.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What changed from run A to run B: each question that got better or worse (accuracy flips, refusal
 * flips, rank changes of the first expected fact) and the metric deltas overall and per language.
 */
public record RunComparison(EvalRun a, EvalRun b, List<Change> changes, int onlyInA, int onlyInB) {

    /** Better, worse, or changed without being either (e.g. a wrong answer became a wrong refusal). */
    public enum Direction { BETTER, WORSE, CHANGED }

    /** One question whose outcome differs, with what differs ("wrong -> right", "answered -> refused", "rank 3 -> 1"). */
    public record Change(String questionId, String lang, String question, Direction direction, List<String> what) {
    }

    /** The metrics compared, in display order, with how to read each from {@link Metrics}. */
    public static final Map<String, ToDoubleFunction<Metrics>> METRICS = metricsInOrder();

    private static Map<String, ToDoubleFunction<Metrics>> metricsInOrder() {
        Map<String, ToDoubleFunction<Metrics>> m = new LinkedHashMap<>();
        m.put("hit@1", Metrics::hitAt1);
        m.put("hit@3", Metrics::hitAt3);
        m.put("hit@5", Metrics::hitAt5);
        m.put("MRR", Metrics::mrr);
        m.put("nDCG@5", Metrics::ndcgAt5);
        m.put("accuracy", Metrics::accuracy);
        m.put("citation", Metrics::citationAccuracy);
        m.put("refusal P", Metrics::refusalPrecision);
        m.put("refusal R", Metrics::refusalRecall);
        m.put("overall", Metrics::overallAccuracy);
        return java.util.Collections.unmodifiableMap(m);
    }

    public static RunComparison of(EvalRun a, EvalRun b) {
        Map<String, QuestionResult> before = new LinkedHashMap<>();
        a.results().forEach(r -> before.put(r.questionId(), r));
        List<Change> changes = new ArrayList<>();
        int onlyInB = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (QuestionResult after : b.results()) {
            QuestionResult old = before.get(after.questionId());
            if (old == null) {
                onlyInB++;
                continue;
            }
            seen.add(after.questionId());
            Change change = compare(old, after);
            if (change != null) {
                changes.add(change);
            }
        }
        return new RunComparison(a, b, changes, before.size() - seen.size(), onlyInB);
    }

    private static Change compare(QuestionResult old, QuestionResult now) {
        List<String> what = new ArrayList<>();
        Direction direction = Direction.CHANGED;
        if (old.accurate() != now.accurate()) {
            what.add(old.accurate() ? "right -> wrong" : "wrong -> right");
            direction = now.accurate() ? Direction.BETTER : Direction.WORSE;
        }
        if (old.refused() != now.refused()) {
            what.add(old.refused() ? "refused -> answered" : "answered -> refused");
        }
        if (!now.shouldRefuse() && old.firstRelevantRank() != now.firstRelevantRank()) {
            what.add(old.rankText() + " -> " + now.rankText());
            if (direction == Direction.CHANGED) {
                direction = rankValue(now.firstRelevantRank()) < rankValue(old.firstRelevantRank()) ? Direction.BETTER : Direction.WORSE;
            }
        }
        return what.isEmpty() ? null : new Change(now.questionId(), now.lang(), now.question(), direction, what);
    }

    private static int rankValue(int rank) {
        return rank == 0 ? Integer.MAX_VALUE : rank;
    }

    /** B's value minus A's of a metric ("accuracy") for a language ("all", "en"); NaN when a run lacks the language. */
    public double metricsDelta(String lang, String metric) {
        Metrics ma = a.metrics().get(lang);
        Metrics mb = b.metrics().get(lang);
        ToDoubleFunction<Metrics> f = METRICS.get(metric);
        return ma == null || mb == null ? Double.NaN : f.applyAsDouble(mb) - f.applyAsDouble(ma);
    }

    public List<Change> better() {
        return changes.stream().filter(c -> c.direction() == Direction.BETTER).toList();
    }

    public List<Change> worse() {
        return changes.stream().filter(c -> c.direction() == Direction.WORSE).toList();
    }

    /** The comparison as text: both runs, the metric deltas per language, then the questions that changed. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "A %s %s %s%nB %s %s %s%n", a.label(), a.time(), a.config().summary(),
                b.label(), b.time(), b.config().summary()));
        out.append(String.format(Locale.ROOT, "%-5s", ""));
        METRICS.keySet().forEach(name -> out.append(String.format(Locale.ROOT, " %10s", name)));
        out.append(System.lineSeparator());
        Set<String> langs = new LinkedHashSet<>(a.metrics().keySet());
        langs.addAll(b.metrics().keySet());
        for (String lang : langs) {
            Metrics ma = a.metrics().get(lang);
            Metrics mb = b.metrics().get(lang);
            out.append(String.format(Locale.ROOT, "%-5s", lang));
            for (ToDoubleFunction<Metrics> metric : METRICS.values()) {
                out.append(ma == null || mb == null ? String.format(Locale.ROOT, " %10s", "n/a")
                        : String.format(Locale.ROOT, " %+10.3f", metric.applyAsDouble(mb) - metric.applyAsDouble(ma)));
            }
            out.append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "questions: %d better, %d worse, %d changed otherwise; %d only in A, %d only in B%n",
                better().size(), worse().size(), changes.size() - better().size() - worse().size(), onlyInA, onlyInB));
        for (Direction d : Direction.values()) {
            for (Change c : changes) {
                if (c.direction() == d) {
                    out.append(String.format(Locale.ROOT, "  %-7s %s [%s] %s: %s%n", d.name().toLowerCase(Locale.ROOT),
                            c.questionId(), c.lang(), c.question(), String.join(", ", c.what())));
                }
            }
        }
        return out.toString();
    }
}

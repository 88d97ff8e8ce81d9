package org.rujp.bot.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quality of a set of outcomes. Answerable and unanswerable questions are scored separately
 * (as in SQuAD 2.0): retrieval and answer metrics over answerable questions, refusal precision and
 * recall over the refusal decision.
 */
public record Metrics(int questions, int answerable, int unanswerable, double hitAt1, double hitAt3, double hitAt5,
                      double mrr, double ndcgAt5, double accuracy, double citationAccuracy, double refusalPrecision,
                      double refusalRecall, double overallAccuracy, double p50Ms, double p95Ms, double p99Ms) {

    public static Metrics of(List<Outcome> outcomes) {
        List<Outcome> ans = outcomes.stream().filter(o -> !o.question().refuse()).toList();
        List<Outcome> unans = outcomes.stream().filter(o -> o.question().refuse()).toList();
        long refusedTotal = outcomes.stream().filter(Outcome::refused).count();
        long refusedRight = unans.stream().filter(Outcome::refused).count();
        return new Metrics(outcomes.size(), ans.size(), unans.size(),
                share(ans, o -> o.hitAt(1)), share(ans, o -> o.hitAt(3)), share(ans, o -> o.hitAt(5)),
                ans.stream().mapToDouble(o -> o.firstRelevantRank() == 0 ? 0 : 1.0 / o.firstRelevantRank()).average().orElse(0),
                ans.stream().mapToDouble(Metrics::ndcgAt5).average().orElse(0),
                share(ans, Outcome::accurate), share(ans, Outcome::citationCorrect),
                refusedTotal == 0 ? (unans.isEmpty() ? 1 : 0) : (double) refusedRight / refusedTotal,
                unans.isEmpty() ? 1 : (double) refusedRight / unans.size(),
                share(outcomes, Outcome::accurate),
                percentile(outcomes, 50), percentile(outcomes, 95), percentile(outcomes, 99));
    }

    /** Binary-relevance nDCG@5: every expected fact is relevant. */
    static double ndcgAt5(Outcome o) {
        Set<String> relevant = new HashSet<>(o.question().facts());
        double dcg = 0;
        List<String> ids = o.retrievedIds();
        for (int i = 0; i < Math.min(5, ids.size()); i++) {
            if (relevant.contains(ids.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(5, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double share(List<Outcome> outcomes, java.util.function.Predicate<Outcome> p) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(p).count() / outcomes.size();
    }

    static double percentile(List<Outcome> outcomes, double p) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        double[] ms = outcomes.stream().mapToDouble(o -> o.latencyNanos() / 1e6).sorted().toArray();
        return percentile(ms, p);
    }

    /** Nearest-rank percentile of sorted values. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        double[] copy = Arrays.copyOf(sorted, sorted.length);
        Arrays.sort(copy);
        int rank = (int) Math.ceil(p / 100.0 * copy.length);
        return copy[Math.max(0, Math.min(copy.length - 1, rank - 1))];
    }
}

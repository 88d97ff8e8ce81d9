package org.rujp.bot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.rujp.bot.RealKnowledge;
import org.rujp.bot.config.RetrievalSettings;
import org.rujp.bot.knowledge.KnowledgeBase;

/**
 * Measures what hybrid retrieval adds to dense retrieval per question, on the development questions
 * (Russian, Japanese, English, unrelated), with the real model and knowledge. Each round runs every
 * question through dense and then hybrid; the first rounds only warm up.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.mainClass=org.rujp.bot.retrieval.RetrievalBenchmark -Dexec.classpathScope=test [-Dexec.args=ROUNDS]</pre>
 */
public final class RetrievalBenchmark {
    private static final int WARM_UP = 3;

    private RetrievalBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        KnowledgeBase kb = RealKnowledge.knowledge();
        EmbeddingRetriever dense = new EmbeddingRetriever(RealKnowledge.embedder(), RealKnowledge.index().index(), kb);
        long t0 = System.nanoTime();
        AliasExpander aliases = new AliasExpander(kb);
        Bm25Retriever bm25 = new Bm25Retriever(kb, aliases);
        double buildMillis = (System.nanoTime() - t0) / 1e6;
        HybridRetriever hybrid = new HybridRetriever(dense, bm25, aliases, RetrievalSettings.DEFAULTS, kb.facts().size());
        List<Query> queries = Stream.of(DevQuestions.ANSWERABLE, DevQuestions.ENGLISH, DevQuestions.UNRELATED)
                .flatMap(List::stream).map(c -> new Query(c.question(), c.lang())).toList();

        List<Double> denseMs = new ArrayList<>();
        List<Double> hybridMs = new ArrayList<>();
        List<Double> extraMs = new ArrayList<>();
        List<Double> bm25Ms = new ArrayList<>();
        List<Double> expandedMs = new ArrayList<>();
        for (int round = 0; round < WARM_UP + rounds; round++) {
            for (Query q : queries) {
                long a = System.nanoTime();
                dense.retrieve(q, 10);
                long b = System.nanoTime();
                hybrid.retrieve(q, 10);
                long c = System.nanoTime();
                bm25.scores(q, aliases.expand(q.text()));
                long d = System.nanoTime();
                dense.retrieve(new Query(aliases.expand(q.text()).denseText(q.text(), q.lang()), q.lang()), kb.facts().size());
                long e = System.nanoTime();
                if (round >= WARM_UP) {
                    expandedMs.add((e - d) / 1e6);
                    denseMs.add((b - a) / 1e6);
                    hybridMs.add((c - b) / 1e6);
                    extraMs.add(((c - b) - (b - a)) / 1e6);
                    bm25Ms.add((d - c) / 1e6);
                }
            }
        }
        bm25.close();
        System.out.printf(Locale.ROOT, "%d questions x %d rounds; BM25 index built in %.1f ms%n", queries.size(), rounds, buildMillis);
        System.out.printf(Locale.ROOT, "dense          p50 %6.2f ms  p90 %6.2f ms%n", p(denseMs, 50), p(denseMs, 90));
        System.out.printf(Locale.ROOT, "hybrid         p50 %6.2f ms  p90 %6.2f ms%n", p(hybridMs, 50), p(hybridMs, 90));
        System.out.printf(Locale.ROOT, "hybrid - dense p50 %6.2f ms  p90 %6.2f ms (per question)%n", p(extraMs, 50), p(extraMs, 90));
        System.out.printf(Locale.ROOT, "dense, names appended, all facts p50 %6.2f ms  p90 %6.2f ms%n", p(expandedMs, 50), p(expandedMs, 90));
        System.out.printf(Locale.ROOT, "alias + bm25   p50 %6.2f ms  p90 %6.2f ms%n", p(bm25Ms, 50), p(bm25Ms, 90));
    }

    private static double p(List<Double> values, int percentile) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}

package org.rujp.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rujp.bot.App;
import org.rujp.bot.answer.Question;
import org.rujp.bot.eval.GoldQuestion;
import org.rujp.bot.knowledge.Lang;

/**
 * Warm English latency of the bot's answers beside a naive langchain4j RAG's retrieval ({@link NaiveRag}), on the
 * gold set's English questions that stand alone (no follow-ups): both warmed up by one pass, then question by
 * question, alternating which goes first, so that both see the same moments of a shared machine.
 */
final class NaiveRagComparison {
    private NaiveRagComparison() {
    }

    static void print(PrintWriter out, App app, NaiveRag naive, Path pages, List<GoldQuestion> gold, int rounds) {
        List<String> questions = gold.stream().filter(q -> q.lang() == Lang.EN && q.after().isEmpty()).map(GoldQuestion::question).toList();
        for (String q : questions) { // warm-up
            app.answerer().answer(Question.of(q));
            naive.retrieve(q);
        }
        List<Long> bot = new ArrayList<>();
        List<Long> rag = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < questions.size(); i++) {
                String q = questions.get(i);
                if ((i + round) % 2 == 0) {
                    bot.add(timeAnswer(app, q));
                    rag.add(timeRetrieval(naive, q));
                } else {
                    rag.add(timeRetrieval(naive, q));
                    bot.add(timeAnswer(app, q));
                }
            }
        }
        double botP50 = percentileMs(bot, 50);
        double botP95 = percentileMs(bot, 95);
        double ragP50 = percentileMs(rag, 50);
        double ragP95 = percentileMs(rag, 95);
        out.printf(Locale.ROOT, "warm English latency, %d questions x %d, alternating, question cache off: bot's answer p50 %.2f ms, p95 %.2f ms; "
                        + "naive langchain4j RAG (%d pages of %s split into %d segments of <= %d chars, top %d) p50 %.2f ms, p95 %.2f ms; "
                        + "ratio p50 %.2fx, p95 %.2fx; load average %s%n",
                questions.size(), rounds, botP50, botP95, naive.documents(), pages, naive.segments(), NaiveRag.SEGMENT_CHARS,
                NaiveRag.TOP_K, ragP50, ragP95, botP50 / ragP50, botP95 / ragP95, BenchProcesses.loadAverage());
    }

    private static long timeAnswer(App app, String question) {
        long t0 = System.nanoTime();
        app.answerer().answer(Question.of(question));
        return System.nanoTime() - t0;
    }

    private static long timeRetrieval(NaiveRag naive, String question) {
        long t0 = System.nanoTime();
        naive.retrieve(question);
        return System.nanoTime() - t0;
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentileMs(List<Long> nanos, double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}

package org.rujp.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rujp.bot.App;
import org.rujp.bot.config.Settings;
import org.rujp.bot.eval.EvalRunner;
import org.rujp.bot.eval.GoldQuestion;
import org.rujp.bot.eval.GoldSet;
import org.rujp.bot.eval.Metrics;
import org.rujp.bot.eval.MetricsTable;
import org.rujp.bot.eval.Outcome;
import org.rujp.bot.index.BackgroundEmbedder;
import org.rujp.bot.index.MiniLmEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rujp-bot bench}: measures what the targets are about, on this machine.
 * <ol>
 *   <li>index build: start-up with an empty data directory (model load and embedding every fact), and the embedding
 *       rate of its padded batches beside langchain4j's {@code embedAll} with the same model;</li>
 *   <li>cold start: a new JVM running {@code ask} against the cached index, wall clock, median of runs, the plain
 *       JVM and {@code bin/rujp-bot} side by side;</li>
 *   <li>in-process answers/s of {@code ask --json}: as before (one thread, the log on it, ONNX Runtime's default
 *       threads) and now (a worker per core, the log queued, one thread per model run), side by side;</li>
 *   <li>peak resident memory of {@code ask --json} over 128 questions: the plain JVM, and the launcher with the full
 *       and the quantized model;</li>
 *   <li>warm English latency of the bot's answers beside a naive langchain4j RAG's retrieval over the raw articles
 *       ({@link NaiveRag}), alternating question by question;</li>
 *   <li>warm answer latency over the gold set, after one warm-up pass, overall and per language.</li>
 * </ol>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures index build time and embedding rate, cold start (new JVM, cached index; java -cp beside bin/rujp-bot), "
                + "in-process answers/s (one thread beside a worker per core), peak RSS of ask --json (full and quantized model), "
                + "warm English latency beside a naive langchain4j RAG over the raw articles "
                + "and warm answer latency p50/p95/p99 over the gold set.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "3", description = "How many cold starts to time (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Passes over the gold set for warm latency (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Raw article pages for the naive langchain4j RAG the warm English answers are compared with "
                    + "(default: shared/articles beside the working directory or above it; without any, that comparison is left out).")
    Path articles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = global.settings();
        Path scratch = Files.createTempDirectory("rujp-bench-");
        // Every round asks the same questions: without the question cache, each answer pays for its embedding.
        Settings fresh = settings.withDataDir(scratch).withRetrieval(settings.retrieval().withQuestionCache(0));

        org.rujp.bot.Progress progress = global.progress();
        App app = App.start(fresh, progress);
        Map<String, Long> build = app.startupMillis();
        out.printf(Locale.ROOT, "index build (empty data dir): start-up %d ms in all; knowledge %d ms, model load and index build %d ms (%d vectors)%n",
                build.get("total"), build.get("knowledge"), build.get("index") + build.get("model"), app.index().index().size());

        // The model as the bot runs it, and as langchain4j's model classes create it (ONNX Runtime's default threads):
        // the figures "before" run on the second.
        MiniLmEmbedder model = app.embedder() instanceof BackgroundEmbedder background
                && background.await() instanceof MiniLmEmbedder m ? m : null;
        MiniLmEmbedder shipped = model == null ? null
                : MiniLmEmbedder.load(scratch, App.variant(settings.index()), MiniLmEmbedder.Threads.POOL_PER_RUN);
        if (model != null) {
            printEmbedding(out, model, shipped, app);
        }

        List<GoldQuestion> gold = GoldSet.load(settings.knowledgeDir().resolve("eval"), app.knowledge());
        out.printf(Locale.ROOT, "load average at the start: %s (on a shared machine, compare only figures measured side by side)%n",
                BenchProcesses.loadAverage());
        BenchProcesses processes = BenchProcesses.find();
        coldStarts(out, processes, scratch, settings);
        throughput(out, app, shipped == null ? app : App.start(fresh, shipped), fresh, gold);
        peakMemory(out, processes, scratch, settings, gold);
        Optional<Path> pages = articles != null ? Optional.of(articles) : NaiveRag.defaultArticles();
        if (model != null && pages.isPresent()) {
            NaiveRagComparison.print(out, app, NaiveRag.over(pages.get(), model.langchain4jModel()), pages.get(), gold, Math.max(1, rounds));
        } else {
            out.printf(Locale.ROOT, "warm English latency against a naive langchain4j RAG: not measured (%s)%n",
                    model == null ? "the model is not the in-process one" : "no raw articles; give them with --articles DIR");
        }
        out.flush();

        EvalRunner runner = new EvalRunner(app.answerer(), app.knowledge());
        runner.run(gold, progress, "Warming up");
        List<Outcome> measured = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            measured.addAll(runner.run(gold, progress, "Warm latency, round " + (r + 1) + " of " + rounds));
        }
        out.printf(Locale.ROOT, "warm answer latency over %d answers (%d rounds of the gold set), retriever %s, question cache off:%n",
                measured.size(), rounds, app.retriever().name());
        printLatency(out, measured);

        if (settings.retrieval().questionCache() > 0) {
            EvalRunner cached = new EvalRunner(App.start(fresh.withRetrieval(settings.retrieval()), app.embedder()).answerer(), app.knowledge());
            cached.run(gold, progress, "Question cache, first pass");
            out.printf(Locale.ROOT, "the same questions asked again, question cache on (%d vectors):%n", settings.retrieval().questionCache());
            printLatency(out, cached.run(gold, progress, "Question cache, second pass"));
        }
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "heap in use after the run: %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        return 0;
    }

    /**
     * Cold start (new JVM, cached index, one answer), side by side, alternating: the plain JVM ({@code java -cp}, as
     * before the launcher) and {@code bin/rujp-bot} (quick compiler alone, class-data sharing), whose first run,
     * untimed, records the archive.
     */
    private void coldStarts(PrintWriter out, BenchProcesses processes, Path dataDir, Settings settings)
            throws IOException, InterruptedException {
        List<String> ask = List.of("ask", "--no-log", "--data-dir", dataDir.toString(), "--knowledge-dir",
                settings.knowledgeDir().toString(), "When was the Year of Interregional Exchanges extended?");
        List<Long> plain = new ArrayList<>();
        List<Long> launched = new ArrayList<>();
        if (processes.hasLauncher()) {
            processes.run(processes.launched(ask), Map.of(), java.util.Optional.empty()); // records the class-data archive
        }
        for (int i = 0; i < coldRuns; i++) {
            plain.add(processes.run(processes.plain(ask), Map.of(), java.util.Optional.empty()).millis());
            if (processes.hasLauncher()) {
                launched.add(processes.run(processes.launched(ask), Map.of(), java.util.Optional.empty()).millis());
            }
        }
        out.printf(Locale.ROOT, "cold start (new JVM, cached index, one answer), median of %d, alternating: java -cp %d ms (%d-%d)",
                coldRuns, BenchProcesses.median(plain), plain.stream().mapToLong(Long::longValue).min().orElse(0),
                plain.stream().mapToLong(Long::longValue).max().orElse(0));
        if (processes.hasLauncher()) {
            out.printf(Locale.ROOT, ", %s %d ms (%d-%d), %.2fx; load average %s%n", processes.launcher().get().getFileName(),
                    BenchProcesses.median(launched), launched.stream().mapToLong(Long::longValue).min().orElse(0),
                    launched.stream().mapToLong(Long::longValue).max().orElse(0),
                    (double) BenchProcesses.median(launched) / BenchProcesses.median(plain), BenchProcesses.loadAverage());
        } else {
            out.printf(Locale.ROOT, "; no bin/rujp-bot beside the jar, so no launcher figure; load average %s%n", BenchProcesses.loadAverage());
        }
    }

    /**
     * In-process answers/s as ask --json gives them (question cache off), alternating: before (one thread, the log
     * written on it, the model on ONNX Runtime's default threads, {@code before}'s) and now (a worker per core, the log
     * queued, one thread per model run); then where one thread's time goes now: answering alone, and with the JSON
     * printed and the log written on it.
     */
    private static void throughput(PrintWriter out, App app, App before, Settings fresh, List<GoldQuestion> gold) throws IOException {
        List<String> questions = gold.stream().map(GoldQuestion::question).toList();
        int cores = Runtime.getRuntime().availableProcessors();
        AnswerThroughput.workers(app, fresh, questions.subList(0, Math.min(100, questions.size())), cores); // warm-up
        AnswerThroughput.oneThread(before, fresh, questions.subList(0, Math.min(100, questions.size())));
        double[] sums = new double[4];
        for (int round = 0; round < 2; round++) {
            sums[0] += AnswerThroughput.oneThread(before, fresh, questions);
            sums[1] += AnswerThroughput.workers(app, fresh, questions, cores);
            sums[2] += AnswerThroughput.answersOnly(app, questions);
            sums[3] += AnswerThroughput.oneThread(app, fresh, questions);
        }
        out.printf(Locale.ROOT, "in-process answers/s (ask --json, %d questions, question cache off, logged), alternating, mean of 2: "
                        + "before (one thread, the log written on it, ONNX Runtime's default threads) %.1f, "
                        + "now (%d workers, the log queued, one thread per model run) %.1f, %.2fx; load average %s%n",
                questions.size(), sums[0] / 2, cores, sums[1] / 2, sums[1] / sums[0], BenchProcesses.loadAverage());
        out.printf(Locale.ROOT, "  one thread now, one thread per model run: answering alone %.1f answers/s; "
                + "with the JSON printed and the log written on it %.1f (%.2fx)%n", sums[2] / 2, sums[3] / 2, sums[3] / sums[2]);
    }

    /**
     * Peak resident memory of {@code ask --json} over 128 questions in a new JVM, cached index: {@code java -cp} with the
     * full model (before), then the launcher with the full and the quantized model.
     */
    private void peakMemory(PrintWriter out, BenchProcesses processes, Path dataDir, Settings settings, List<GoldQuestion> gold)
            throws IOException, InterruptedException {
        Path questions = dataDir.resolve("bench-128-questions.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            lines.add(gold.get(i % gold.size()).question());
        }
        Files.write(questions, lines, java.nio.charset.StandardCharsets.UTF_8);
        List<String> ask = List.of("ask", "--json", "--data-dir", dataDir.toString(), "--knowledge-dir", settings.knowledgeDir().toString());
        // The quantized model in a data directory of its own: the index cache keeps one model's index, and a run that
        // found the other model's would rebuild it, which is not what is measured.
        Path quantizedDir = Files.createDirectories(dataDir.resolve("quantized"));
        List<String> askQuantized = List.of("ask", "--json", "--data-dir", quantizedDir.toString(), "--knowledge-dir",
                settings.knowledgeDir().toString());
        Map<String, String> quantized = Map.of("RUJP_INDEX_MODEL", "all-minilm-l6-v2-q");
        processes.run(processes.plain(askQuantized), quantized, java.util.Optional.of(questions)); // builds its index once
        StringBuilder line = new StringBuilder("peak RSS of ask --json over 128 questions (new JVM, cached index): ");
        BenchProcesses.Run plain = processes.run(processes.plain(ask), Map.of(), java.util.Optional.of(questions));
        line.append(String.format(Locale.ROOT, "java -cp, full model %d MB", plain.peakRssKb() / 1024));
        if (processes.hasLauncher()) {
            BenchProcesses.Run full = processes.run(processes.launched(ask), Map.of(), java.util.Optional.of(questions));
            BenchProcesses.Run small = processes.run(processes.launched(askQuantized), quantized, java.util.Optional.of(questions));
            line.append(String.format(Locale.ROOT, "; %s, full model %d MB (%.2fx), quantized model %d MB (%.2fx)",
                    processes.launcher().get().getFileName(), full.peakRssKb() / 1024, (double) full.peakRssKb() / plain.peakRssKb(),
                    small.peakRssKb() / 1024, (double) small.peakRssKb() / plain.peakRssKb()));
        }
        out.printf(Locale.ROOT, "%s; load average %s%n", line, BenchProcesses.loadAverage());
    }

    /**
     * The index build's embedding, side by side, alternating: padded batches on every core (the bot's), langchain4j's
     * {@code embedAll} with the model as langchain4j creates it (ONNX Runtime's default threads; the issue's
     * reference), and {@code embedAll} on the bot's session (one thread per run, a text per core).
     */
    private static void printEmbedding(PrintWriter out, MiniLmEmbedder model, MiniLmEmbedder shipped, App app) {
        List<String> texts = new ArrayList<>();
        for (org.rujp.bot.knowledge.Lang lang : org.rujp.bot.knowledge.Lang.values()) {
            app.knowledge().facts().forEach(f -> texts.add(f.text(lang)));
        }
        List<String> warmUp = texts.subList(0, Math.min(16, texts.size()));
        model.embedAll(warmUp);
        shipped.embedAllOneByOne(warmUp);
        model.embedAllOneByOne(warmUp);
        long[] nanos = new long[3];
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            model.embedAll(texts);
            long t1 = System.nanoTime();
            shipped.embedAllOneByOne(texts);
            long t2 = System.nanoTime();
            model.embedAllOneByOne(texts);
            long t3 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
        }
        double[] rate = new double[3];
        for (int i = 0; i < 3; i++) {
            rate[i] = 2.0 * texts.size() / (nanos[i] / 1e9);
        }
        out.printf(Locale.ROOT, "index embedding, %d texts twice, alternating: padded batches %.0f vectors/s, "
                        + "langchain4j embedAll %.0f vectors/s (%.2fx), langchain4j embedAll on the bot's session %.0f vectors/s (%.2fx); load average %s%n",
                texts.size(), rate[0], rate[1], rate[0] / rate[1], rate[2], rate[0] / rate[2], BenchProcesses.loadAverage());
    }

    private static void printLatency(PrintWriter out, List<Outcome> measured) {
        for (Map.Entry<String, Metrics> e : MetricsTable.byLanguage(measured).entrySet()) {
            out.printf(Locale.ROOT, "  %-4s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", e.getKey(),
                    e.getValue().p50Ms(), e.getValue().p95Ms(), e.getValue().p99Ms());
        }
    }
}

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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.rujp.bot.App;
import org.rujp.bot.config.Settings;
import org.rujp.bot.eval.EvalRunner;
import org.rujp.bot.eval.GoldQuestion;
import org.rujp.bot.eval.GoldSet;
import org.rujp.bot.eval.Metrics;
import org.rujp.bot.eval.MetricsTable;
import org.rujp.bot.eval.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rujp-bot bench}: measures what the targets are about, on this machine.
 * <ol>
 *   <li>index build: start-up with an empty data directory (model load and embedding every fact);</li>
 *   <li>cold start: a new JVM running {@code ask} against the cached index, wall clock, median of runs;</li>
 *   <li>warm answer latency over the gold set, after one warm-up pass, overall and per language.</li>
 * </ol>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures index build time, cold start (new JVM, cached index) and warm answer latency p50/p95/p99 over the gold set.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "3", description = "How many cold starts to time (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Passes over the gold set for warm latency (default: ${DEFAULT-VALUE}).")
    int rounds;

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

        if (app.embedder() instanceof org.rujp.bot.index.BackgroundEmbedder background
                && background.await() instanceof org.rujp.bot.index.MiniLmEmbedder model) {
            printEmbedding(out, model, app);
        }

        List<Long> colds = new ArrayList<>();
        try (org.rujp.bot.Progress.Task task = progress.start("Cold starts", coldRuns)) {
            for (int i = 0; i < coldRuns; i++) {
                colds.add(coldStart(scratch, settings));
                task.step();
            }
        }
        long[] sorted = colds.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf(Locale.ROOT, "cold start (new JVM, cached index, one answer): median %d ms, min %d ms, max %d ms over %d runs%n",
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length);

        List<GoldQuestion> gold = GoldSet.load(settings.knowledgeDir().resolve("eval"), app.knowledge());
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

    /** The index build's embedding, side by side: padded batches through one session, and langchain4j's embedAll. */
    private static void printEmbedding(PrintWriter out, org.rujp.bot.index.MiniLmEmbedder model, App app) {
        List<String> texts = new ArrayList<>();
        for (org.rujp.bot.knowledge.Lang lang : org.rujp.bot.knowledge.Lang.values()) {
            app.knowledge().facts().forEach(f -> texts.add(f.text(lang)));
        }
        model.embedAll(texts.subList(0, Math.min(8, texts.size()))); // warm-up of both paths
        model.embedAllOneByOne(texts.subList(0, Math.min(8, texts.size())));
        long batched = 0;
        long oneByOne = 0;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            model.embedAll(texts);
            long t1 = System.nanoTime();
            model.embedAllOneByOne(texts);
            long t2 = System.nanoTime();
            batched += t1 - t0;
            oneByOne += t2 - t1;
        }
        double batchedRate = 2.0 * texts.size() / (batched / 1e9);
        double oneByOneRate = 2.0 * texts.size() / (oneByOne / 1e9);
        out.printf(Locale.ROOT, "index embedding, %d texts twice, alternating: padded batches %.0f vectors/s, langchain4j embedAll %.0f vectors/s (%.2fx)%n",
                texts.size(), batchedRate, oneByOneRate, batchedRate / oneByOneRate);
    }

    private static void printLatency(PrintWriter out, List<Outcome> measured) {
        for (Map.Entry<String, Metrics> e : MetricsTable.byLanguage(measured).entrySet()) {
            out.printf(Locale.ROOT, "  %-4s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", e.getKey(),
                    e.getValue().p50Ms(), e.getValue().p95Ms(), e.getValue().p99Ms());
        }
    }

    /** Runs {@code rujp-bot ask} in a new JVM with the same class path and returns its wall-clock time. */
    private long coldStart(Path dataDir, Settings settings) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(Arrays.asList(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ask", "--no-log", "--data-dir", dataDir.toString(),
                "--knowledge-dir", settings.knowledgeDir().toString(), "When was the Year of Interregional Exchanges extended?"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("cold start did not finish within 120 s");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("cold start run exited with " + process.exitValue());
        }
        return millis;
    }
}

package org.rujp.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rujp.bot.App;
import org.rujp.bot.answer.ExtractiveAnswerer;
import org.rujp.bot.config.AnswerSettings;
import org.rujp.bot.config.Settings;
import org.rujp.bot.eval.Calibrator;
import org.rujp.bot.eval.EvalConfig;
import org.rujp.bot.eval.EvalRun;
import org.rujp.bot.eval.EvalRunStore;
import org.rujp.bot.eval.EvalRunner;
import org.rujp.bot.eval.GoldQuestion;
import org.rujp.bot.eval.GoldSet;
import org.rujp.bot.eval.HtmlReport;
import org.rujp.bot.eval.LogReplay;
import org.rujp.bot.eval.Metrics;
import org.rujp.bot.eval.MetricsTable;
import org.rujp.bot.eval.Outcome;
import org.rujp.bot.eval.RunComparison;
import org.rujp.bot.knowledge.IngestedArticles;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Store;
import org.rujp.bot.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rujp-bot eval}: runs the gold set, prints and stores the metrics; or lists stored runs
 * ({@code --runs}), compares two ({@code --compare A B}), or replays the conversation log ({@code --from-log}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Runs the gold question set (knowledge/eval/gold-*.yaml) and reports hit@k, MRR, nDCG@5, answer accuracy, "
                + "citation accuracy, refusal precision/recall and latency, overall and per language; stores the run in the SQLite store.",
        footer = {"", "Exit codes: 0 done; 1 failure (e.g. the store cannot be read); 2 bad usage or an unknown run id;",
                "3 an invalid gold set, configuration or a missing conversation log; 4 a --min-* quality gate not met."})
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold set directory (default: KNOWLEDGE_DIR/eval).")
    Path gold;

    @Option(names = "--lang", paramLabel = "LANG", description = "Only questions in this language (en, ru, ja).")
    String lang;

    @Option(names = "--part", paramLabel = "PART", description = "Which part of the gold set: tune, test or all (default). "
            + "The test part is never looked at while changing code, facts or thresholds; --failures lists the tuning part's only, "
            + "unless --part test is given.")
    String part = "all";

    @Option(names = "--by-type", description = "Also print, per kind of question and language, how many were decided right.")
    boolean byType;

    @Option(names = "--calibrate", description = "Also choose the refusal threshold (answer.min_score) that makes the most right decisions on the gold set, and report the metrics at it.")
    boolean calibrate;

    @Option(names = "--failures", description = "List every question answered wrongly or not retrieved in the top 3.")
    boolean failures;

    @Option(names = "--no-store", description = "Do not store this run in the SQLite store.")
    boolean noStore;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write a self-contained HTML report of this run (with a chart of all stored runs).")
    Path report;

    @Option(names = "--runs", description = "List the stored runs (id, time, configuration, headline metrics) and exit.")
    boolean listRuns;

    @Option(names = "--compare", arity = "2", paramLabel = "RUN", description = "Compare two stored runs: metric deltas and the questions that got better or worse.")
    List<String> compare;

    @Option(names = "--from-log", description = "Replay the logged questions through the current pipeline and report what changed, with the feedback statistics.")
    boolean fromLog;

    @Option(names = "--since", paramLabel = "DATE", description = "With --from-log: only turns from this day (2024-05-01, UTC) or instant on.")
    String since;

    @Option(names = "--min-hit3", paramLabel = "X", description = "Exit with code 4 when hit@3 is below X.")
    Double minHit3;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "Exit with code 4 when answer accuracy is below X.")
    Double minAccuracy;

    @Option(names = "--min-citation", paramLabel = "X", description = "Exit with code 4 when citation accuracy is below X.")
    Double minCitation;

    @Option(names = "--min-refusal-precision", paramLabel = "X", description = "Exit with code 4 when refusal precision is below X.")
    Double minRefusalPrecision;

    @Option(names = "--min-refusal-recall", paramLabel = "X", description = "Exit with code 4 when refusal recall is below X.")
    Double minRefusalRecall;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int modes = (listRuns ? 1 : 0) + (compare != null ? 1 : 0) + (fromLog ? 1 : 0);
        if (modes > 1 || modes == 1 && (report != null || calibrate)) {
            return usage("--runs, --compare and --from-log go alone (not with each other, --report or --calibrate)");
        }
        if (since != null && !fromLog) {
            return usage("--since goes with --from-log");
        }
        Settings settings = global.settings();
        if (listRuns) {
            return listRuns(settings);
        }
        if (compare != null) {
            return compare(settings);
        }
        if (fromLog) {
            return replayLog(settings);
        }
        return evaluate(settings);
    }

    private int listRuns(Settings settings) {
        PrintWriter out = spec.commandLine().getOut();
        if (!settings.store().postgres() && !Files.exists(Store.file(settings))) {
            out.println("no evaluation runs stored (no database at " + Store.file(settings) + ")");
            return 0;
        }
        try (Store store = Store.open(settings)) {
            List<EvalRun> runs = new EvalRunStore(store.database()).list();
            out.printf(Locale.ROOT, "%-6s %-20s %6s %6s %6s %6s %6s  %s%n", "run", "time (UTC)", "n", "hit@3", "acc", "refP", "refR", "configuration");
            for (EvalRun r : runs) {
                Metrics m = r.overall();
                out.printf(Locale.ROOT, "%-6s %-20s %6d %6.3f %6.3f %6.3f %6.3f  %s%n", r.label(), r.time().toString().substring(0, 19),
                        m.questions(), m.hitAt3(), m.accuracy(), m.refusalPrecision(), m.refusalRecall(), r.config().summary());
            }
            out.println(runs.size() + " run" + (runs.size() == 1 ? "" : "s") + " stored in " + store.database().name());
        }
        return 0;
    }

    private int compare(Settings settings) {
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            try {
                ids[i] = Long.parseLong(compare.get(i).strip().replaceFirst("^#", ""));
            } catch (NumberFormatException e) {
                return usage("--compare takes two run ids (numbers, see eval --runs), not '" + compare.get(i) + "'");
            }
        }
        if (!settings.store().postgres() && !Files.exists(Store.file(settings))) {
            return usage("no evaluation runs stored (no database at " + Store.file(settings) + "); run rujp-bot eval first");
        }
        try (Store store = Store.open(settings)) {
            EvalRunStore runs = new EvalRunStore(store.database());
            Optional<EvalRun> a = runs.find(ids[0]);
            Optional<EvalRun> b = runs.find(ids[1]);
            if (a.isEmpty() || b.isEmpty()) {
                return usage("no evaluation run " + (a.isEmpty() ? ids[0] : ids[1]) + " in " + Store.file(settings)
                        + "; eval --runs lists the stored runs");
            }
            spec.commandLine().getOut().print(RunComparison.of(a.get(), b.get()).render());
        }
        return 0;
    }

    private int replayLog(Settings settings) {
        Optional<Instant> from;
        try {
            from = since == null ? Optional.empty() : Optional.of(ExportCommand.parseSince(since));
        } catch (DateTimeParseException e) {
            return usage("--since must be a date such as 2024-05-01 or an instant such as 2024-05-01T12:00:00Z, not '" + since + "'");
        }
        if (!settings.store().postgres() && !Files.exists(Store.file(settings))) {
            spec.commandLine().getErr().println("rujp-bot eval: no conversation log at " + Store.file(settings)
                    + " (nothing logged yet, or another --data-dir / store.file); nothing to replay");
            return Main.EXIT_INPUT;
        }
        try (Store store = Store.open(settings)) {
            if (store.log().turns(from).isEmpty()) {
                spec.commandLine().getOut().println("the conversation log at " + store.database().name() + " holds no turns"
                        + from.map(t -> " since " + t).orElse("") + "; nothing to replay");
                return 0;
            }
            App app = App.start(settings, global.progress());
            LogReplay.Report r = new LogReplay(store.log(), app.answerer()).replay(from, 10);
            spec.commandLine().getOut().print(LogReplay.render(r, 50));
        }
        return 0;
    }

    private int evaluate(Settings settings) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Lang> only = Optional.empty();
        if (lang != null) {
            only = Lang.fromCode(lang);
            if (only.isEmpty()) {
                return usage("--lang must be en, ru or ja, not '" + lang + "'");
            }
        }
        // The gold set is checked before the model loads, so a broken file fails fast.
        KnowledgeBase kb = IngestedArticles.load(settings.knowledgeDir(), settings.dataDir(), settings.ingest().maxArticleBytes());
        List<GoldQuestion> questions = GoldSet.load(gold != null ? gold : settings.knowledgeDir().resolve("eval"), kb);
        if (only.isPresent()) {
            Lang l = only.get();
            questions = questions.stream().filter(q -> q.lang() == l).toList();
        }
        Optional<GoldQuestion.Part> onlyPart;
        switch (part) {
            case "all" -> onlyPart = Optional.empty();
            case "tune" -> onlyPart = Optional.of(GoldQuestion.Part.TUNE);
            case "test" -> onlyPart = Optional.of(GoldQuestion.Part.TEST);
            default -> {
                return usage("--part must be tune, test or all, not '" + part + "'");
            }
        }
        if (onlyPart.isPresent()) {
            GoldQuestion.Part p = onlyPart.get();
            questions = questions.stream().filter(q -> q.part() == p).toList();
        }
        App app = App.start(settings, global.progress());
        EvalRunner runner = new EvalRunner(app.answerer(), app.knowledge());
        runner.run(questions.subList(0, Math.min(5, questions.size()))); // warm-up, so latency reflects a running bot
        AnswerSettings answer = settings.answer();
        if (calibrate) {
            // Each language is calibrated on its own questions: languages may be retrieved differently.
            EvalRunner open = new EvalRunner(new ExtractiveAnswerer(app.retriever(), app.knowledge(),
                    settings.answer().withMinScore(-1)), app.knowledge());
            Map<Lang, Double> chosen = new java.util.EnumMap<>(Lang.class);
            chosen.putAll(answer.minScoreByLang()); // languages not evaluated keep their thresholds
            // Thresholds are chosen on the tuning part only: the test part must stay unseen.
            List<GoldQuestion> tuning = questions.stream().filter(q -> q.part() == GoldQuestion.Part.TUNE).toList();
            List<Outcome> tuned = open.run(tuning, global.progress(), "Calibrating");
            for (Map.Entry<Lang, Double> e : Calibrator.crossValidated(tuned, 5).entrySet()) {
                out.printf(Locale.ROOT, "calibration %s: 5-fold cross-validated right decisions on the tuning part %.3f%n",
                        e.getKey().code(), e.getValue());
            }
            for (Map.Entry<Lang, Calibrator.Calibration> e : Calibrator.perLanguage(tuned).entrySet()) {
                Calibrator.Calibration c = e.getValue();
                String l = e.getKey().code();
                out.printf(Locale.ROOT, "calibration %s: answer.min_score_by_language.%s = %.3f (configured %.3f); right decisions %d/%d; "
                                + "refusal precision %.3f recall %.3f; accuracy of answered %.3f; equally good range [%.3f, %.3f]%n",
                        l, l, c.threshold(), answer.minScore(e.getKey()), c.rightDecisions(), c.questions(),
                        c.refusalPrecision(), c.refusalRecall(), c.answeredAccuracy(), c.marginLow(), c.marginHigh());
                chosen.put(e.getKey(), c.threshold());
            }
            answer = answer.withMinScores(chosen);
            runner = new EvalRunner(new ExtractiveAnswerer(app.retriever(), app.knowledge(), answer), app.knowledge());
        }
        Instant time = Instant.now();
        List<Outcome> outcomes = runner.run(questions, global.progress(), "Evaluating");
        EvalRun run = EvalRun.of(time, app.index().index().key(), app.knowledge().version(),
                EvalConfig.of(ExtractiveAnswerer.NAME, app.retriever().name(), answer, lang == null ? "all" : only.get().code(), calibrate),
                outcomes);
        out.printf(Locale.ROOT, "gold set: %d questions; answerer %s; retriever %s; min_score %s; knowledge %s%n",
                questions.size(), ExtractiveAnswerer.NAME, app.retriever().name(), answer.thresholds(), abbrev(app.knowledge().version()));
        out.print(MetricsTable.render(run.metrics()));
        printParts(out, outcomes);
        if (byType) {
            out.print(MetricsTable.byType(outcomes));
        }
        if (failures) {
            GoldQuestion.Part listed = onlyPart.orElse(GoldQuestion.Part.TUNE);
            out.println("failures (" + listed.name().toLowerCase(Locale.ROOT) + " part):");
            MetricsTable.failures(outcomes.stream().filter(o -> o.question().part() == listed).toList()).forEach(line -> out.println("  " + line));
        }
        List<EvalRun> stored = List.of();
        try {
            if (!noStore) {
                String where;
                try (Store store = Store.open(settings)) {
                    EvalRunStore runs = new EvalRunStore(store.database());
                    run = runs.save(run);
                    stored = report != null ? runs.list() : List.of();
                    where = store.database().name();
                }
                out.println("run " + run.label() + " stored in " + where + " (eval --runs lists runs, eval --compare A B compares two)");
            } else if (report != null && (settings.store().postgres() || Files.exists(Store.file(settings)))) {
                try (Store store = Store.open(settings)) {
                    stored = new EvalRunStore(store.database()).list();
                }
            }
        } catch (StoreException e) {
            spec.commandLine().getErr().println("rujp-bot eval: warning: the run was not stored: " + e.getMessage());
        }
        if (report != null) {
            Path parent = report.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(report, HtmlReport.render(run, stored), StandardCharsets.UTF_8);
            out.println("report written to " + report);
        }
        return gate(run.overall());
    }

    /** The metrics of the tuning and the test part, and the gap between them: the overfitting signal. */
    private static void printParts(PrintWriter out, List<Outcome> outcomes) {
        Map<GoldQuestion.Part, List<Outcome>> parts = new java.util.EnumMap<>(GoldQuestion.Part.class);
        outcomes.forEach(o -> parts.computeIfAbsent(o.question().part(), k -> new java.util.ArrayList<>()).add(o));
        if (parts.size() < 2) {
            return;
        }
        for (Map.Entry<GoldQuestion.Part, List<Outcome>> e : parts.entrySet()) {
            out.println(e.getKey().name().toLowerCase(Locale.ROOT) + " part:");
            out.print(MetricsTable.render(MetricsTable.byLanguage(e.getValue())));
        }
        Metrics tune = Metrics.of(parts.get(GoldQuestion.Part.TUNE));
        Metrics test = Metrics.of(parts.get(GoldQuestion.Part.TEST));
        out.printf(Locale.ROOT, "gap tune - test: accuracy %+.3f, refusal precision %+.3f, refusal recall %+.3f, overall %+.3f%n",
                tune.accuracy() - test.accuracy(), tune.refusalPrecision() - test.refusalPrecision(),
                tune.refusalRecall() - test.refusalRecall(), tune.overallAccuracy() - test.overallAccuracy());
    }

    private int gate(Metrics all) {
        StringBuilder gate = new StringBuilder();
        check(gate, "hit@3", all.hitAt3(), minHit3);
        check(gate, "accuracy", all.accuracy(), minAccuracy);
        check(gate, "citation accuracy", all.citationAccuracy(), minCitation);
        check(gate, "refusal precision", all.refusalPrecision(), minRefusalPrecision);
        check(gate, "refusal recall", all.refusalRecall(), minRefusalRecall);
        if (gate.length() > 0) {
            spec.commandLine().getErr().println("rujp-bot eval: quality gate not met:" + gate);
            return Main.EXIT_GATE;
        }
        return 0;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("rujp-bot eval: " + message);
        return Main.EXIT_USAGE;
    }

    private static String abbrev(String version) {
        return version.length() > 12 ? version.substring(0, 12) : version;
    }

    private static void check(StringBuilder gate, String name, double value, Double min) {
        if (min != null && value < min) {
            gate.append(String.format(Locale.ROOT, " %s %.3f < %.3f;", name, value, min));
        }
    }
}

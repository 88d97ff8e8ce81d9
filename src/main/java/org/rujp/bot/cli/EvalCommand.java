package org.rujp.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rujp.bot.App;
import org.rujp.bot.answer.ExtractiveAnswerer;
import org.rujp.bot.config.Settings;
import org.rujp.bot.eval.Calibrator;
import org.rujp.bot.eval.EvalRunner;
import org.rujp.bot.eval.GoldQuestion;
import org.rujp.bot.eval.GoldSet;
import org.rujp.bot.eval.Metrics;
import org.rujp.bot.eval.MetricsTable;
import org.rujp.bot.eval.Outcome;
import org.rujp.bot.knowledge.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rujp-bot eval}: runs the gold set and prints retrieval, answer, refusal and latency metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Runs the gold question set (knowledge/eval/gold-*.yaml) and reports hit@k, MRR, nDCG@5, answer accuracy, "
                + "citation accuracy, refusal precision/recall and latency, overall and per language.")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold set directory (default: KNOWLEDGE_DIR/eval).")
    Path gold;

    @Option(names = "--lang", paramLabel = "LANG", description = "Only questions in this language (en, ru, ja).")
    String lang;

    @Option(names = "--calibrate", description = "Also choose the refusal threshold (answer.min_score) that makes the most right decisions on the gold set, and report the metrics at it.")
    boolean calibrate;

    @Option(names = "--failures", description = "List every question answered wrongly or not retrieved in the top 3.")
    boolean failures;

    @Option(names = "--min-hit3", paramLabel = "X", description = "Exit with code 4 when hit@3 is below X.")
    Double minHit3;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "Exit with code 4 when answer accuracy is below X.")
    Double minAccuracy;

    @Option(names = "--min-refusal-precision", paramLabel = "X", description = "Exit with code 4 when refusal precision is below X.")
    Double minRefusalPrecision;

    @Option(names = "--min-refusal-recall", paramLabel = "X", description = "Exit with code 4 when refusal recall is below X.")
    Double minRefusalRecall;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = global.settings();
        App app = App.start(settings);
        List<GoldQuestion> questions = GoldSet.load(gold != null ? gold : settings.knowledgeDir().resolve("eval"), app.knowledge());
        if (lang != null) {
            Lang only = Lang.fromCode(lang).orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be en, ru or ja"));
            questions = questions.stream().filter(q -> q.lang() == only).toList();
        }
        EvalRunner runner = new EvalRunner(app.answerer(), app.knowledge());
        runner.run(questions.subList(0, Math.min(5, questions.size()))); // warm-up, so latency reflects a running bot
        String thresholds = describe(settings.answer());
        if (calibrate) {
            // Each language is calibrated on its own questions: languages may be retrieved differently.
            EvalRunner open = new EvalRunner(new ExtractiveAnswerer(app.retriever(), app.knowledge(),
                    settings.answer().withMinScore(-1)), app.knowledge());
            List<Outcome> unthresholded = open.run(questions);
            Map<Lang, Double> chosen = new java.util.EnumMap<>(Lang.class);
            for (Lang l : Lang.values()) {
                List<Outcome> subset = unthresholded.stream().filter(o -> o.question().lang() == l).toList();
                if (subset.isEmpty()) {
                    continue;
                }
                Calibrator.Calibration c = Calibrator.calibrate(subset);
                out.printf(Locale.ROOT, "calibration %s: answer.min_score_by_language.%s = %.3f (configured %.3f); right decisions %d/%d; "
                                + "refusal precision %.3f recall %.3f; accuracy of answered %.3f; equally good range [%.3f, %.3f]%n",
                        l.code(), l.code(), c.threshold(), settings.answer().minScore(l), c.rightDecisions(), c.questions(),
                        c.refusalPrecision(), c.refusalRecall(), c.answeredAccuracy(), c.marginLow(), c.marginHigh());
                chosen.put(l, c.threshold());
            }
            org.rujp.bot.config.AnswerSettings calibrated = settings.answer().withMinScores(chosen);
            thresholds = describe(calibrated);
            runner = new EvalRunner(new ExtractiveAnswerer(app.retriever(), app.knowledge(), calibrated), app.knowledge());
        }
        List<Outcome> outcomes = runner.run(questions);
        Map<String, Metrics> rows = MetricsTable.byLanguage(outcomes);
        out.printf(Locale.ROOT, "gold set: %d questions; answerer %s; retriever %s; min_score %s; knowledge %s%n",
                questions.size(), ExtractiveAnswerer.NAME, app.retriever().name(), thresholds, app.knowledge().version().substring(0, 12));
        out.print(MetricsTable.render(rows));
        if (failures) {
            out.println("failures:");
            MetricsTable.failures(outcomes).forEach(line -> out.println("  " + line));
        }
        Metrics all = rows.get("all");
        StringBuilder gate = new StringBuilder();
        check(gate, "hit@3", all.hitAt3(), minHit3);
        check(gate, "accuracy", all.accuracy(), minAccuracy);
        check(gate, "refusal precision", all.refusalPrecision(), minRefusalPrecision);
        check(gate, "refusal recall", all.refusalRecall(), minRefusalRecall);
        if (gate.length() > 0) {
            spec.commandLine().getErr().println("rujp-bot eval: quality gate not met:" + gate);
            return Main.EXIT_GATE;
        }
        return 0;
    }

    private static void check(StringBuilder gate, String name, double value, Double min) {
        if (min != null && value < min) {
            gate.append(String.format(Locale.ROOT, " %s %.3f < %.3f;", name, value, min));
        }
    }

    private static String describe(org.rujp.bot.config.AnswerSettings answer) {
        StringBuilder text = new StringBuilder();
        for (Lang l : Lang.values()) {
            text.append(text.length() == 0 ? "" : " ").append(l.code()).append('=')
                    .append(String.format(Locale.ROOT, "%.3f", answer.minScore(l)));
        }
        return text.toString();
    }
}

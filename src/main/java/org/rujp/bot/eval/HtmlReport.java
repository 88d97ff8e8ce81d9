package org.rujp.bot.eval;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * A self-contained HTML report of an evaluation run, laid out by the jte template {@code src/main/jte/report.jte}
 * (compiled to Java at build time, escaping by context): its metrics overall and per language; a chart per headline
 * metric across all stored runs, a line per language, on a y-axis over the values' own range; the runs as a table;
 * and every question with the expected and the given answer, failures first, with filters by language, kind of
 * question and failures only (inline script). Nothing loads from elsewhere (no fonts, images or script
 * files; the only links are the cited articles' addresses), so it opens on an offline machine; Japanese is set in
 * named system fonts, with a note on what to install when they are missing.
 */
public final class HtmlReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    /** The metrics charted across runs. */
    static final List<String> CHARTED = List.of("hit@3", "accuracy", "refusal P", "refusal R");
    static final String FONT_NOTE = "Japanese text is set in Noto Sans CJK JP (Debian and Ubuntu: fonts-noto-cjk), else "
            + "IPAexGothic, Hiragino Sans, Yu Gothic or Meiryo, whichever this machine has; if it shows as empty boxes, "
            + "install one of them.";
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private HtmlReport() {
    }

    /**
     * @param run this run (stored or not)
     * @param runs the stored runs for the charts, oldest first; this run is added when it is not among them
     */
    public static String render(EvalRun run, List<EvalRun> runs) {
        StringOutput out = new StringOutput(64 * 1024);
        TEMPLATES.render("report.jte", page(run, runs), out);
        return out.toString();
    }

    static ReportPage page(EvalRun run, List<EvalRun> runs) {
        List<EvalRun> history = new ArrayList<>(runs);
        if (run.id() == 0 || history.stream().noneMatch(r -> r.id() == run.id())) {
            history.add(run);
        }
        String meta = TIME.format(run.time()) + " · " + run.config().summary() + " · index " + abbrev(run.indexVersion())
                + " · knowledge " + abbrev(run.knowledgeVersion()) + " · " + run.results().size() + " questions";
        List<ReportPage.Chart> charts = CHARTED.stream()
                .map(name -> HistoryChart.of(name, RunComparison.METRICS.get(name), history)).toList();
        List<ReportPage.RunRow> runRows = history.stream().map(r -> new ReportPage.RunRow(r.label(), TIME.format(r.time()),
                r.config().summary(), r.overall().questions(), values(r.overall(), CHARTED),
                r == run || r.id() != 0 && r.id() == run.id())).toList();
        List<ReportPage.Row> rows = run.results().stream().map(HtmlReport::row)
                .sorted(Comparator.comparing(r -> !r.failed())).toList();
        return new ReportPage(run.label(), meta, FONT_NOTE, List.copyOf(RunComparison.METRICS.keySet()), metricRows(run.metrics()),
                charts, CHARTED, runRows, rows, List.copyOf(new TreeSet<>(rows.stream().map(ReportPage.Row::lang).toList())),
                List.copyOf(new TreeSet<>(rows.stream().map(ReportPage.Row::type).toList())),
                rows.stream().filter(ReportPage.Row::failed).count());
    }

    private static List<ReportPage.MetricRow> metricRows(Map<String, Metrics> metrics) {
        return metrics.entrySet().stream().map(e -> {
            Metrics m = e.getValue();
            return new ReportPage.MetricRow(e.getKey(), m.questions(), m.answerable(), m.unanswerable(),
                    values(m, List.copyOf(RunComparison.METRICS.keySet())), ms(m.p50Ms()), ms(m.p95Ms()), ms(m.p99Ms()));
        }).toList();
    }

    private static List<String> values(Metrics m, List<String> names) {
        return names.stream().map(n -> {
            ToDoubleFunction<Metrics> read = RunComparison.METRICS.get(n);
            return String.format(Locale.ROOT, "%.3f", read.applyAsDouble(m));
        }).toList();
    }

    private static ReportPage.Row row(QuestionResult r) {
        List<ReportPage.Cited> cited = r.citedSources().stream().map(s -> new ReportPage.Cited(s[0], s[1])).toList();
        return new ReportPage.Row(r.questionId(), r.lang(), r.type(), r.question(), r.expected(), r.given(), cited, r.verdict(),
                r.rankText(), r.topText(), ms(r.latencyNanos() / 1e6), r.failed());
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String abbrev(String version) {
        return version.length() > 12 ? version.substring(0, 12) : version;
    }
}

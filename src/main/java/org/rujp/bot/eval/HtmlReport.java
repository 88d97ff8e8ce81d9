package org.rujp.bot.eval;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A self-contained HTML report of an evaluation run: its metrics overall and per language, an inline SVG
 * chart of the headline metrics across all stored runs, the runs as a table, and every question with the
 * expected and the given answer. Inline CSS and SVG only (no scripts, fonts or images; the only links
 * are the cited articles' addresses), so it opens on an offline machine; every text from the gold set or the bot is escaped.
 */
public final class HtmlReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final String[][] SERIES = {
            {"hit@3", "#1f77b4"}, {"accuracy", "#2ca02c"}, {"refusal P", "#d62728"}, {"refusal R", "#9467bd"}};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;
    private static final int LEFT = 50;
    private static final int RIGHT = 150;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private HtmlReport() {
    }

    /**
     * @param run this run (stored or not)
     * @param runs the stored runs for the chart, oldest first; this run is added when it is not among them
     */
    public static String render(EvalRun run, List<EvalRun> runs) {
        List<EvalRun> chart = new ArrayList<>(runs);
        if (run.id() == 0 || chart.stream().noneMatch(r -> r.id() == run.id())) {
            chart.add(run);
        }
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>rujp-bot evaluation run ")
                .append(esc(run.label())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>rujp-bot evaluation, run <span id=\"run-id\">").append(esc(run.label())).append("</span></h1>\n");
        h.append("<p class=\"meta\">").append(esc(TIME.format(run.time()))).append(" &middot; ").append(esc(run.config().summary()))
                .append(" &middot; index ").append(esc(abbrev(run.indexVersion()))).append(" &middot; knowledge ")
                .append(esc(abbrev(run.knowledgeVersion()))).append(" &middot; ").append(run.results().size()).append(" questions</p>\n");
        metrics(h, run.metrics());
        h.append("<h2>Headline metrics across runs</h2>\n");
        chart(h, chart);
        runsTable(h, chart, run);
        questions(h, run.results());
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void metrics(StringBuilder h, Map<String, Metrics> rows) {
        h.append("<h2>Metrics</h2>\n<table id=\"metrics\">\n<tr><th></th><th>n</th><th>answerable</th><th>unanswerable</th>");
        RunComparison.METRICS.keySet().forEach(name -> h.append("<th>").append(esc(name)).append("</th>"));
        h.append("<th>p50 ms</th><th>p95 ms</th><th>p99 ms</th></tr>\n");
        for (Map.Entry<String, Metrics> e : rows.entrySet()) {
            Metrics m = e.getValue();
            h.append("<tr><th>").append(esc(e.getKey())).append("</th><td>").append(m.questions()).append("</td><td>")
                    .append(m.answerable()).append("</td><td>").append(m.unanswerable()).append("</td>");
            RunComparison.METRICS.values().forEach(f -> h.append("<td>").append(num(f.applyAsDouble(m))).append("</td>"));
            h.append(String.format(Locale.ROOT, "<td>%.1f</td><td>%.1f</td><td>%.1f</td></tr>%n", m.p50Ms(), m.p95Ms(), m.p99Ms()));
        }
        h.append("</table>\n");
    }

    private static void chart(StringBuilder h, List<EvalRun> runs) {
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        h.append("<svg id=\"history-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"hit@3, accuracy, refusal precision and recall per run\">\n");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - plotH * i / 4.0;
            h.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
                    + "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>%n", LEFT, y, LEFT + plotW, y, LEFT - 6, y + 4, i / 4.0));
        }
        int labelEvery = Math.max(1, (runs.size() + 19) / 20);
        for (int i = 0; i < runs.size(); i++) {
            if (i % labelEvery == 0 || i == runs.size() - 1) {
                h.append(String.format(Locale.ROOT, "<text class=\"axis run-id\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                        x(i, runs.size(), plotW), TOP + plotH + 18, esc(runs.get(i).label())));
            }
        }
        h.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">run</text>%n",
                LEFT + plotW / 2, HEIGHT - 4));
        for (int s = 0; s < SERIES.length; s++) {
            ToDoubleFunction<Metrics> metric = RunComparison.METRICS.get(SERIES[s][0]);
            String color = SERIES[s][1];
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < runs.size(); i++) {
                double v = metric.applyAsDouble(runs.get(i).overall());
                double x = x(i, runs.size(), plotW);
                double y = TOP + plotH - plotH * Math.max(0, Math.min(1, v));
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s %s: %s</title></circle>",
                        x, y, color, esc(runs.get(i).label()), esc(SERIES[s][0]), num(v)));
            }
            h.append(String.format(Locale.ROOT, "<g class=\"series\" data-metric=\"%s\"><polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%s</g>%n",
                    esc(SERIES[s][0]), color, points.toString().strip(), dots));
            int ly = TOP + 10 + s * 20;
            h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>"
                    + "<text class=\"legend\" x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 16, ly - 4, color, WIDTH - RIGHT + 36, ly + 1, esc(SERIES[s][0])));
        }
        h.append("</svg>\n");
    }

    private static double x(int i, int n, int plotW) {
        return n == 1 ? LEFT + plotW / 2.0 : LEFT + 10 + (plotW - 20) * i / (double) (n - 1);
    }

    private static void runsTable(StringBuilder h, List<EvalRun> runs, EvalRun current) {
        h.append("<table id=\"runs\">\n<tr><th>run</th><th>time</th><th>configuration</th><th>questions</th>");
        for (String[] s : SERIES) {
            h.append("<th>").append(esc(s[0])).append("</th>");
        }
        h.append("</tr>\n");
        for (EvalRun r : runs) {
            h.append("<tr").append(r == current || r.id() != 0 && r.id() == current.id() ? " class=\"current\"" : "").append("><td class=\"run-id\">")
                    .append(esc(r.label())).append("</td><td class=\"text\">").append(esc(TIME.format(r.time()))).append("</td><td class=\"text\">")
                    .append(esc(r.config().summary())).append("</td><td>").append(r.overall().questions()).append("</td>");
            for (String[] s : SERIES) {
                h.append("<td>").append(num(RunComparison.METRICS.get(s[0]).applyAsDouble(r.overall()))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void questions(StringBuilder h, List<QuestionResult> results) {
        h.append("<h2>Questions</h2>\n<table id=\"questions\">\n<tr><th>id</th><th>lang</th><th>type</th><th>question</th>"
                + "<th>expected</th><th>given</th><th>cited</th><th>verdict</th><th>first relevant</th><th>top fact</th><th>ms</th></tr>\n");
        for (QuestionResult r : results) {
            h.append("<tr class=\"").append(r.accurate() ? "right" : "wrong").append("\"><td>").append(esc(r.questionId()))
                    .append("</td><td>").append(esc(r.lang())).append("</td><td>").append(esc(r.type())).append("</td><td>")
                    .append(esc(r.question())).append("</td><td class=\"expected\">").append(esc(r.expected()))
                    .append("</td><td class=\"given\">").append(esc(r.given())).append("</td><td class=\"cited\">").append(cited(r))
                    .append("</td><td>").append(esc(r.verdict()))
                    .append("</td><td>").append(esc(r.rankText())).append("</td><td>").append(esc(r.topText())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", r.latencyNanos() / 1e6)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Each cited source on a line, its headline a link to the article when its address is known. */
    static String cited(QuestionResult r) {
        List<String> lines = new java.util.ArrayList<>();
        for (String[] source : r.citedSources()) {
            lines.add(source[1].isEmpty() ? esc(source[0])
                    : "<a href=\"" + esc(source[1]) + "\" rel=\"noreferrer\">" + esc(source[0]) + "</a>");
        }
        return String.join("<br>", lines);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String abbrev(String version) {
        return version.length() > 12 ? version.substring(0, 12) : version;
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String text) {
        return org.rujp.bot.text.Html.escape(text).replace("'", "&#39;");
    }

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5em; color: #222; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
            .meta { color: #555; }
            table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }
            th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            #metrics td, #runs td { text-align: right; font-variant-numeric: tabular-nums; }
            #runs td.text, #runs td.run-id { text-align: left; }
            #questions td.given, #questions td.expected { max-width: 28em; white-space: pre-wrap; }
            tr.wrong { background: #fdecec; } tr.right { background: #eef8ee; } tr.current { font-weight: bold; }
            svg text { font-size: 12px; fill: #333; } .grid { stroke: #ddd; stroke-width: 1; }
            """;
}

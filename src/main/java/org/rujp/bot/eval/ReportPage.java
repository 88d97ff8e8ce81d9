package org.rujp.bot.eval;

import java.util.List;

/**
 * What the HTML report template ({@code src/main/jte/report.jte}) shows, computed and formatted here so the
 * template only lays it out. Every string is plain text; the template escapes it.
 */
public record ReportPage(String runLabel, String meta, String fontNote, List<String> metricNames, List<MetricRow> metrics,
                         List<Chart> charts, List<String> seriesNames, List<RunRow> runs, List<Row> questions,
                         List<String> languages, List<String> types, long failures) {

    /** One line of the metrics table: "all" or a language. */
    public record MetricRow(String name, int questions, int answerable, int unanswerable, List<String> values,
                            String p50, String p95, String p99) {
    }

    /** One stored run in the runs table. */
    public record RunRow(String label, String time, String config, int questions, List<String> values, boolean current) {
    }

    /** One gold question's outcome; {@code failed} rows come first. */
    public record Row(String id, String lang, String type, String question, String expected, String given, List<Cited> cited,
                      String verdict, String rank, String top, String ms, boolean failed) {
    }

    /** A cited source: its citation, and the article's address when known (empty otherwise). */
    public record Cited(String citation, String url) {
    }

    /**
     * One metric across runs, a line per language, in an SVG of {@code width} x {@code height}; the y-axis spans
     * the values' own range (padded), not 0..1, so small differences between runs and languages show.
     */
    public record Chart(String metric, int width, int height, int plotLeft, int plotRight, int plotTop, int plotBottom,
                        List<Tick> yTicks, List<Tick> xLabels, List<Series> series) {
    }

    /** An axis label at a position (y for the value axis, x for the run axis). */
    public record Tick(String at, String text) {
    }

    /** One language's line: its points as an SVG {@code points} list and a dot per run with a tooltip. */
    public record Series(String name, String color, String points, List<Dot> dots, String legendY) {
    }

    public record Dot(String x, String y, String title) {
    }
}

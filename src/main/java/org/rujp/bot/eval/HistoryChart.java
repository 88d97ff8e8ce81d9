package org.rujp.bot.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The geometry of one metric's chart across runs: a line per language ("all" included), and a y-axis over the
 * values' own range with round ticks, so a change of a few hundredths is visible instead of flat at the top of 0..1.
 */
final class HistoryChart {
    static final int WIDTH = 470;
    static final int HEIGHT = 230;
    private static final int LEFT = 48;
    private static final int RIGHT = 70;
    private static final int TOP = 14;
    private static final int BOTTOM = 36;
    private static final double[] STEPS = {0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25};
    private static final String[] OTHER_COLORS = {"#9467bd", "#8c564b", "#e377c2", "#7f7f7f"};

    private HistoryChart() {
    }

    /** The value axis: from {@code low} to {@code high} in ticks of {@code step}. */
    record Axis(double low, double high, double step) {
        /**
         * Spans the values, padded by a tenth of their range (at least 0.02 wide), clipped to 0..1 and rounded out
         * to the step that gives at most six intervals.
         */
        static Axis spanning(List<Double> values) {
            double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            double span = Math.max(hi - lo, 0.02);
            double mid = (lo + hi) / 2;
            lo = Math.max(0, Math.min(lo, mid - span / 2) - span * 0.1);
            hi = Math.min(1, Math.max(hi, mid + span / 2) + span * 0.1);
            for (double step : STEPS) {
                double low = Math.floor(lo / step + 1e-9) * step;
                double high = Math.ceil(hi / step - 1e-9) * step;
                if ((high - low) / step <= 6 + 1e-9) {
                    return new Axis(Math.max(0, low), Math.min(1, high), step);
                }
            }
            return new Axis(0, 1, 0.25);
        }

        List<Double> ticks() {
            List<Double> t = new ArrayList<>();
            for (int i = 0; low + i * step <= high + 1e-9; i++) {
                t.add(low + i * step);
            }
            return t;
        }

        String format(double v) {
            boolean hundredths = Math.abs(step * 100 - Math.rint(step * 100)) < 1e-9;
            return String.format(Locale.ROOT, hundredths ? "%.2f" : "%.3f", v);
        }
    }

    static ReportPage.Chart of(String metric, ToDoubleFunction<Metrics> read, List<EvalRun> runs) {
        Set<String> langs = new LinkedHashSet<>();
        runs.forEach(r -> langs.addAll(r.metrics().keySet()));
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> r.metrics().values().forEach(m -> values.add(read.applyAsDouble(m))));
        Axis axis = Axis.spanning(values);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        List<ReportPage.Tick> yTicks = axis.ticks().stream()
                .map(v -> new ReportPage.Tick(f(y(v, axis, plotH)), axis.format(v))).toList();
        List<ReportPage.Tick> xLabels = new ArrayList<>();
        int labelEvery = Math.max(1, (runs.size() + 9) / 10);
        for (int i = 0; i < runs.size(); i++) {
            if (i % labelEvery == 0 || i == runs.size() - 1) {
                xLabels.add(new ReportPage.Tick(f(x(i, runs.size(), plotW)), runs.get(i).label()));
            }
        }
        List<ReportPage.Series> series = new ArrayList<>();
        int s = 0;
        for (String lang : langs) {
            StringBuilder points = new StringBuilder();
            List<ReportPage.Dot> dots = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                Metrics m = runs.get(i).metrics().get(lang);
                if (m == null) {
                    continue;
                }
                double v = read.applyAsDouble(m);
                String x = f(x(i, runs.size(), plotW));
                String y = f(y(v, axis, plotH));
                points.append(x).append(',').append(y).append(' ');
                dots.add(new ReportPage.Dot(x, y, runs.get(i).label() + " " + lang + " " + metric + ": "
                        + String.format(Locale.ROOT, "%.3f", v)));
            }
            series.add(new ReportPage.Series(lang, color(lang, s), points.toString().strip(), dots, Integer.toString(TOP + 8 + s * 18)));
            s++;
        }
        return new ReportPage.Chart(metric, WIDTH, HEIGHT, LEFT, LEFT + plotW, TOP, TOP + plotH, yTicks, xLabels, series);
    }

    private static String color(String lang, int index) {
        return switch (lang) {
            case "all" -> "#222222";
            case "en" -> "#1f77b4";
            case "ru" -> "#d62728";
            case "ja" -> "#2ca02c";
            default -> OTHER_COLORS[index % OTHER_COLORS.length];
        };
    }

    private static double x(int i, int n, int plotW) {
        return n == 1 ? LEFT + plotW / 2.0 : LEFT + 10 + (plotW - 20) * i / (double) (n - 1);
    }

    private static double y(double v, Axis axis, int plotH) {
        double clipped = Math.max(axis.low(), Math.min(axis.high(), v));
        return TOP + plotH - plotH * (clipped - axis.low()) / (axis.high() - axis.low());
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

package org.rujp.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report's layout on made-up runs (no model): failures first, the filters, a line per language on an axis
 * over the values' range; and in Chromium, its pixels: not blank, the failed rows above the right ones, each
 * language's line drawn, and Japanese drawn with real glyphs rather than the empty boxes of a missing font.
 */
class HtmlReportTest {
    private static final String JA_QUESTION = "日本とロシアの地域交流年はいつ延長されましたか";
    private static final String JA_GIVEN = "二〇二一年十一月に延長されました。";
    private static final int WRONG = 0xfdecec;
    private static final int RIGHT = 0xeef8ee;
    private static final int WHITE = 0xffffff;

    @TempDir
    static Path dir;

    static Metrics metrics(double v) {
        return new Metrics(10, 8, 2, v, v, v, v, v, v, v, v, v, v, 12.5, 30, 41);
    }

    static QuestionResult result(String id, String lang, String type, String question, String given, boolean accurate, int rank) {
        return new QuestionResult(id, lang, type, question, false, "2021 (facts f-1)", given, false, accurate, accurate,
                rank, "f-1", 0.5, 3_000_000, "");
    }

    static EvalRun run(long id, List<QuestionResult> results, double en, double ru, double ja) {
        Map<String, Metrics> m = new LinkedHashMap<>();
        m.put("all", metrics((en + ru + ja) / 3));
        m.put("en", metrics(en));
        m.put("ru", metrics(ru));
        m.put("ja", metrics(ja));
        return new EvalRun(id, Instant.parse("2026-01-0" + id + "T10:00:00Z"), "index-" + id, "kb",
                new EvalConfig("extractive", "hybrid", 0.3, 2, 10, 0.9, "all", false, ""), m, results);
    }

    /** Right answers first in the gold order, one failed Japanese question among failed English and Russian ones. */
    static List<QuestionResult> results(String jaQuestion, String jaGiven) {
        return List.of(
                result("en-1", "en", "when", "When was the year extended?", "In November 2021.", true, 1),
                result("ru-1", "ru", "who", "Кто предложил план?", "Синдзо Абэ.", true, 1),
                result("en-2", "en", "number", "How many events were held?", "More than 700.", false, 2),
                result("ja-1", "ja", "when", jaQuestion, jaGiven, false, 0),
                result("ru-2", "ru", "where", "Где прошла встреча?", "В Осаке.", true, 5),
                result("en-3", "en", "who", "Who proposed the plan?", "Shinzo Abe.", true, 2));
    }

    static List<EvalRun> history() {
        return List.of(run(1, List.of(), 0.82, 0.78, 0.74), run(2, List.of(), 0.84, 0.80, 0.79));
    }

    static EvalRun current(String jaQuestion, String jaGiven) {
        return run(3, results(jaQuestion, jaGiven), 0.85, 0.81, 0.83);
    }

    @Nested
    class Layout {
        @Test
        void failedQuestionsComeFirstAndKeepTheirGoldOrder() {
            ReportPage page = HtmlReport.page(current(JA_QUESTION, JA_GIVEN), history());

            assertEquals(List.of("en-2", "ja-1", "ru-2", "en-1", "ru-1", "en-3"), page.questions().stream().map(ReportPage.Row::id).toList());
            assertEquals(3, page.failures(), "wrong answers and an expected fact outside the top 3");
            assertEquals(List.of("en", "ja", "ru"), page.languages());
            assertEquals(List.of("number", "when", "where", "who"), page.types());
        }

        @Test
        void theValueAxisSpansTheValuesInsteadOfZeroToOne() {
            HistoryChart.Axis axis = HistoryChart.Axis.spanning(List.of(0.74, 0.79, 0.85));

            assertTrue(axis.low() >= 0.6 && axis.low() <= 0.74, "low " + axis);
            assertTrue(axis.high() >= 0.85 && axis.high() <= 0.95, "high " + axis);
            assertTrue(axis.ticks().size() >= 3 && axis.ticks().size() <= 7, "ticks " + axis.ticks());
            List<String> labels = axis.ticks().stream().map(axis::format).toList();
            assertEquals(labels.size(), new HashSet<>(labels).size(), "every tick label differs: " + labels);
        }

        @Test
        void equalValuesStillGetAnAxisOfSomeHeight() {
            HistoryChart.Axis axis = HistoryChart.Axis.spanning(List.of(1.0, 1.0));

            assertEquals(1.0, axis.high(), 1e-9);
            assertTrue(axis.low() < 1.0 && axis.low() >= 0.9, axis.toString());
        }

        @Test
        void eachLanguageHasItsLineAndAFewHundredthsApartAreManyPixelsApart() {
            List<EvalRun> runs = new ArrayList<>(history());
            runs.add(current(JA_QUESTION, JA_GIVEN));

            ReportPage.Chart chart = HistoryChart.of("accuracy", Metrics::accuracy, runs);

            assertEquals(List.of("all", "en", "ru", "ja"), chart.series().stream().map(ReportPage.Series::name).toList());
            double enFirst = Double.parseDouble(chart.series().get(1).dots().get(0).y());
            double jaFirst = Double.parseDouble(chart.series().get(3).dots().get(0).y());
            assertTrue(jaFirst - enFirst > 40, "0.82 against 0.74 on a 170 px plot: en y " + enFirst + ", ja y " + jaFirst);
        }
    }

    @Nested
    class InChromium {
        @Test
        void aFilterInTheLinkShowsOnlyTheFailedJapaneseQuestions() throws Exception {
            Path html = write("filter.html", current(JA_QUESTION, JA_GIVEN));

            Document dom = Jsoup.parse(Chromium.dumpDom(URI.create(html.toUri() + "#lang=ja&failures"), dir.resolve("profile-filter")));

            assertEquals(List.of("ja-1"), dom.select("table#questions tbody tr:not([hidden]) td:eq(0)").eachText());
            assertEquals(5, dom.select("table#questions tbody tr[hidden]").size());
            assertEquals("1 of 6 questions shown", dom.selectFirst("#shown").text());
        }

        @Test
        void theScreenshotShowsFailuresFirstEveryLanguagesLineAndJapaneseGlyphs() throws Exception {
            BufferedImage japanese = shoot("ja.html", current(JA_QUESTION, JA_GIVEN));
            BufferedImage boxes = shoot("boxes.html", current(missingGlyphs(JA_QUESTION, i -> 0xE000 + i % 8), missingGlyphs(JA_GIVEN, i -> 0xE000 + i % 8)));
            BufferedImage otherBoxes = shoot("boxes2.html", current(missingGlyphs(JA_QUESTION, i -> 0xE100 + i % 5), missingGlyphs(JA_GIVEN, i -> 0xE100 + i % 5)));

            // Not blank: text, lines and table colours.
            assertTrue(share(japanese, p -> p != WHITE) > 0.03, "non-white share " + share(japanese, p -> p != WHITE));
            assertTrue(colours(japanese) > 50, "distinct colours " + colours(japanese));
            // Failures first: the first failed (red) row is above the first right (green) row.
            int firstWrong = firstRowOf(japanese, WRONG);
            int firstRight = firstRowOf(japanese, RIGHT);
            assertTrue(firstWrong > 0 && firstRight > firstWrong, "first failed row at y " + firstWrong + ", first right at y " + firstRight);
            // A line per language, each in its colour (en, ru, ja; "all" is near-black like the text, so not told apart here).
            for (int colour : new int[] {0x1f77b4, 0xd62728, 0x2ca02c}) {
                assertTrue(count(japanese, colour) > 50, String.format("the line in #%06x is drawn", colour));
            }
            // Missing glyphs all look alike: two different strings of them render the same pixels...
            assertEquals(0, differing(boxes, otherBoxes), "missing-glyph boxes differ between strings: the tofu test would not work");
            // ...so Japanese that renders differently from them was drawn with a Japanese font, in the failed rows.
            int[] rows = differingRows(japanese, boxes);
            assertTrue(differing(japanese, boxes) > 300, "Japanese text renders like missing-glyph boxes (no CJK font?)");
            // (The table's columns take the width of their text, so the header row may move too; nothing above the table does.)
            assertTrue(rows[0] > firstWrong - 100 && rows[0] < firstRight && rows[1] >= firstWrong, "the Japanese text changes pixels from y "
                    + rows[0] + " to " + rows[1] + ", not in the question table around the failed rows (from y " + firstWrong
                    + ", right rows from y " + firstRight + ")");
        }
    }

    private static Path write(String name, EvalRun run) throws Exception {
        Path html = dir.resolve(name);
        Files.writeString(html, HtmlReport.render(run, history()), StandardCharsets.UTF_8);
        return html;
    }

    private static BufferedImage shoot(String name, EvalRun run) throws Exception {
        return Chromium.screenshot(write(name, run).toUri(), dir.resolve("profile-" + name), 1300, 1800);
    }

    /** The text with every character from the CJK blocks on replaced by a code point no font has a glyph for. */
    private static String missingGlyphs(String text, IntUnaryOperator codePoint) {
        StringBuilder b = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            b.appendCodePoint(cps[i] >= 0x2E80 ? codePoint.applyAsInt(i) : cps[i]);
        }
        return b.toString();
    }

    private static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xffffff;
    }

    private static double share(BufferedImage img, java.util.function.IntPredicate test) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += test.test(rgb(img, x, y)) ? 1 : 0;
            }
        }
        return n / (double) (img.getWidth() * img.getHeight());
    }

    private static long count(BufferedImage img, int colour) {
        return Math.round(share(img, p -> p == colour) * img.getWidth() * img.getHeight());
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(rgb(img, x, y));
            }
        }
        return seen.size();
    }

    /** The first y with a run of at least 100 pixels of the colour (a table row's background), or -1. */
    private static int firstRowOf(BufferedImage img, int colour) {
        for (int y = 0; y < img.getHeight(); y++) {
            int n = 0;
            for (int x = 0; x < img.getWidth(); x++) {
                n += rgb(img, x, y) == colour ? 1 : 0;
            }
            if (n >= 100) {
                return y;
            }
        }
        return -1;
    }

    private static long differing(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += rgb(a, x, y) != rgb(b, x, y) ? 1 : 0;
            }
        }
        return n;
    }

    /** The first and last y where the two images differ. */
    private static int[] differingRows(BufferedImage a, BufferedImage b) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (rgb(a, x, y) != rgb(b, x, y)) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        return new int[] {first, last};
    }
}

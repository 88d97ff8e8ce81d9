package org.rujp.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;
import org.rujp.bot.answer.ExtractiveAnswerer;
import org.rujp.bot.cli.Main;
import org.rujp.bot.config.AnswerSettings;
import org.rujp.bot.config.Settings;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Store;

/**
 * Stored runs, their comparison and the HTML report, on a handful of English gold questions run twice:
 * with no refusal threshold (min_score 0) and with an unreachable one (0.99).
 */
class EvalHarnessTest {
    @TempDir
    static Path data;
    static Settings settings;
    static App app;
    static List<GoldQuestion> subset;
    static EvalRun open;
    static EvalRun strict;

    @BeforeAll
    static void runTwice() {
        settings = TestBots.settings(data);
        app = App.start(settings, TestBots.embedder());
        List<GoldQuestion> english = GoldSet.load(Path.of("knowledge/eval"), app.knowledge()).stream()
                .filter(q -> q.lang() == Lang.EN).toList();
        subset = Stream.concat(english.stream().filter(q -> !q.refuse()).limit(5), english.stream().filter(GoldQuestion::refuse).limit(2))
                .toList();
        try (Store store = Store.open(settings)) {
            EvalRunStore runs = new EvalRunStore(store.database());
            open = runs.save(run(settings.answer().withMinScore(0)));
            strict = runs.save(run(settings.answer().withMinScore(0.99)));
        }
    }

    private static EvalRun run(AnswerSettings answer) {
        List<Outcome> outcomes = new EvalRunner(new ExtractiveAnswerer(app.retriever(), app.knowledge(), answer), app.knowledge()).run(subset);
        return EvalRun.of(Instant.now(), app.index().index().key(), app.knowledge().version(),
                EvalConfig.of(ExtractiveAnswerer.NAME, app.retriever().name(), answer, "en", false), outcomes);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", data.toString()));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Nested
    class StoredRuns {
        @Test
        void bothRunsAreListedOldestFirstWithTheirConfiguration() {
            try (Store store = Store.open(settings)) {
                List<EvalRun> runs = new EvalRunStore(store.database()).list();

                assertEquals(List.of(open.id(), strict.id()), runs.stream().map(EvalRun::id).toList());
                assertEquals(0.0, runs.get(0).config().minScore());
                assertEquals(0.99, runs.get(1).config().minScore());
                assertEquals(open.metrics().keySet(), runs.get(0).metrics().keySet());
                assertEquals(open.overall(), runs.get(0).overall(), "metrics read back unchanged");
            }
        }

        @Test
        void aStoredRunReadsBackWithEveryQuestionsOutcome() {
            try (Store store = Store.open(settings)) {
                EvalRun back = new EvalRunStore(store.database()).find(open.id()).orElseThrow();

                assertEquals(open.results(), back.results());
                assertEquals(subset.size(), back.results().size());
                assertEquals(open.config(), back.config());
                assertEquals(open.indexVersion(), back.indexVersion());
            }
        }

        @Test
        void theRunsCommandListsBothRunIds() {
            Run r = cli("eval", "--runs");

            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("#" + open.id() + " "), r.out());
            assertTrue(r.out().contains("#" + strict.id() + " "), r.out());
            assertTrue(r.out().contains("min_score en=0.990 ru=0.990 ja=0.990"), r.out());
        }
    }

    @Nested
    class Comparison {
        @Test
        void anAnswerableQuestionRefusedUnderTheStrictThresholdIsReportedWorse() {
            RunComparison c = RunComparison.of(open, strict);

            QuestionResult answeredRight = open.results().stream().filter(r -> !r.shouldRefuse() && r.accurate()).findFirst()
                    .orElseThrow(() -> new AssertionError("no answerable question answered right at min_score 0: " + open.results()));
            RunComparison.Change change = c.worse().stream().filter(w -> w.questionId().equals(answeredRight.questionId())).findFirst()
                    .orElseThrow(() -> new AssertionError(c.render()));
            assertTrue(change.what().contains("right -> wrong"), change.toString());
            assertTrue(change.what().contains("answered -> refused"), change.toString());
            assertTrue(c.metricsDelta("all", "accuracy") < 0, c.render());
        }

        @Test
        void theCompareCommandListsTheFlippedQuestionAndTheDeltas() {
            Run r = cli("eval", "--compare", Long.toString(open.id()), Long.toString(strict.id()));

            assertEquals(0, r.code(), r.err());
            String flipped = RunComparison.of(open, strict).worse().get(0).questionId();
            assertTrue(r.out().contains("worse   " + flipped), r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("all ")), r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("en ")), r.out());
        }

        @Test
        void anUnknownRunIdIsAUsageErrorNamingTheId() {
            Run r = cli("eval", "--compare", Long.toString(open.id()), "9999");

            assertEquals(Main.EXIT_USAGE, r.code());
            assertTrue(r.err().contains("no evaluation run 9999"), r.err());
            assertTrue(r.err().contains("eval --runs"), r.err());
        }
    }

    @Nested
    class Report {
        @Test
        void theReportRendersInChromiumWithBothRunsInTheChartAndTheTable() throws Exception {
            Path html = data.resolve("report.html");
            List<EvalRun> all;
            try (Store store = Store.open(settings)) {
                all = new EvalRunStore(store.database()).list();
            }
            Files.writeString(html, HtmlReport.render(strict, all), StandardCharsets.UTF_8);

            Document dom = Jsoup.parse(Chromium.dumpDom(html.toUri(), data.resolve("chromium-profile")));

            List<String> axis = dom.select("svg.history-chart[data-metric=accuracy] text.run-id").eachText();
            assertTrue(axis.contains(open.label()) && axis.contains(strict.label()), "chart axis: " + axis);
            assertEquals(List.of("hit@3", "accuracy", "refusal P", "refusal R"), dom.select("svg.history-chart").eachAttr("data-metric"));
            assertEquals(List.of("all", "en"), dom.select("svg.history-chart[data-metric=accuracy] g.series").eachAttr("data-lang"),
                    "a line per language the runs have");
            List<String> table = dom.select("table#runs td.run-id").eachText();
            assertEquals(List.of(open.label(), strict.label()), table);
            assertEquals(subset.size(), dom.select("table#questions tbody tr").size(), "one row per question");
            assertEquals(subset.size() + " of " + subset.size() + " questions shown", dom.selectFirst("#shown").text(), "the filter script ran");
            assertEquals(strict.label(), dom.selectFirst("#run-id").text());
        }

        @Test
        void theReportIsSelfContainedAndEscapesWhatTheBotSaid() {
            QuestionResult nasty = new QuestionResult("en-x", "en", "fact", "Is <b>this</b> & that \"ok\"?", false,
                    "<i>2019</i>", "<script>alert('x')</script>", false, false, false, 0, "", 0, 1_000_000, "");
            EvalRun run = new EvalRun(0, Instant.now(), "idx", "kb", strict.config(), strict.metrics(), List.of(nasty));

            String html = HtmlReport.render(run, List.of(open));
            Document dom = Jsoup.parse(html);

            assertTrue(dom.select("script[src], link, img, iframe, object, embed").isEmpty(), "nothing loads from elsewhere");
            assertFalse(html.contains("src=") || html.contains("href=") || html.contains("url(") || html.contains("@import"));
            assertEquals(1, dom.select("script").size(), "the filters' inline script only");
            Element row = dom.select("table#questions tbody tr").get(0);
            assertEquals("<script>alert('x')</script>", row.selectFirst("td.given").text());
            assertEquals("<i>2019</i>", row.selectFirst("td.expected").text());
            assertEquals(List.of(open.label(), "(not stored)"), dom.select("svg.history-chart[data-metric=accuracy] text.run-id").eachText());
        }

        @Test
        void aCitedArticleWithAnAddressIsALinkAndOneWithoutIsPlainText() {
            QuestionResult cited = new QuestionResult("en-y", "en", "date", "When?", false, "2026", "23 November 2026", false, true,
                    true, 1, "ing-x.p01", 0.9, 1_000_000, "Wire, \u201cTalks <held>\u201d, 2026-11-25\thttps://example.org/a?b=1&c=\"2\"\n"
                    + "TASS, \u201cOther\u201d, 2019-01-01\t");
            EvalRun run = new EvalRun(0, Instant.now(), "idx", "kb", strict.config(), strict.metrics(), List.of(cited));

            Document dom = Jsoup.parse(HtmlReport.render(run, List.of(open)));

            Element cell = dom.select("table#questions tbody tr").get(0).selectFirst("td.cited");
            assertEquals(1, cell.select("a").size(), cell.html());
            assertEquals("https://example.org/a?b=1&c=\"2\"", cell.selectFirst("a").attr("href"));
            assertEquals("Wire, \u201cTalks <held>\u201d, 2026-11-25", cell.selectFirst("a").text());
            assertTrue(cell.text().contains("TASS, \u201cOther\u201d, 2019-01-01"), cell.text());
        }
    }
}

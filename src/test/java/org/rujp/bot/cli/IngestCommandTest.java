package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.AnswerText;
import org.rujp.bot.answer.Question;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.index.Embedder;
import org.rujp.bot.index.MiniLmEmbedder;

/**
 * End to end: {@code rujp-bot ingest} on the fixture pages, then the bot answers from their passages
 * with citations, and still refuses what the removed furniture was about (the weather). A small
 * curated knowledge directory keeps the index quick to build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestCommandTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "articles");

    private Path dir;
    private Path raw;
    private Path data;
    private Path knowledge;
    private Embedder embedder;

    record Run(int code, String out, String err) {
    }

    /** An ingest run in process leaves the dictionaries to be read on a thread of their own, into the data directory. */

    @org.junit.jupiter.api.AfterEach

    void letTheDictionariesBeRead() throws InterruptedException {

        org.rujp.bot.TestBots.awaitDictionaries();

    }


    @BeforeAll
    void setUp(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        raw = Files.createDirectories(dir.resolve("raw"));
        data = dir.resolve("data");
        knowledge = Files.createDirectories(dir.resolve("knowledge").resolve("articles")).getParent();
        Files.writeString(knowledge.resolve("aliases.yaml"), """
                entities:
                  - id: cross-years
                    kind: programme
                    en: [Russia-Japan Cross Years]
                    ru: [Перекрёстные годы России и Японии]
                    ja: [日露交流年]
                """);
        Files.writeString(knowledge.resolve("articles").resolve("cross-years.yaml"), """
                source:
                  id: test-cross-years
                  publisher: Test Agency
                  title: Cross Years close
                  published: 2019-07-01
                facts:
                  - id: cy-events
                    en: "The Russia-Japan Cross Years programme included more than 700 events."
                    ru: "Программа Перекрёстных годов России и Японии включала более 700 мероприятий."
                    ja: "日露交流年のプログラムには700以上の行事が含まれた。"
                    tags: [cross years, events]
                    entities: [cross-years]
                """);
        for (String name : new String[] {"ice-lantern-festival.txt", "student-robotics-exchange.html", "vladivostok-ferry-ru.txt"}) {
            Files.copy(FIXTURES.resolve(name), raw.resolve(name));
        }
        Files.writeString(raw.resolve("README.md"), "# Saved pages\n\nPages saved from news sites for the bot; ingest this folder.\n");
        Files.writeString(raw.resolve("undated.txt"), "A report without a date\n\nTwo museums agreed to swap exhibitions of porcelain "
                + "and lacquer next spring, their directors said in a joint statement on the exchange.\n");
        embedder = new MiniLmEmbedder();
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = args[0];
        all[1] = "--data-dir";
        all[2] = data.toString();
        all[3] = "--knowledge-dir=" + knowledge;
        System.arraycopy(args, 1, all, 4, args.length - 1);
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Settings settings() {
        return SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of()).withDataDir(data).withKnowledgeDir(knowledge);
    }

    @Test
    @Order(1)
    void aDryRunShowsWhatWouldBeExtractedAndStoresNothing() {
        Run run = cli("ingest", "--dry-run", raw.resolve("ice-lantern-festival.txt").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("headline:  Ice lantern festival brings Niigata sculptors to Khabarovsk"), run.out());
        assertTrue(run.out().contains("published: 2023-02-15"));
        assertTrue(run.out().contains("place:     KHABAROVSK"));
        assertTrue(run.out().contains("[p01] The fourth Khabarovsk-Niigata ice lantern festival"));
        assertTrue(run.out().contains("[weather-widget]"));
        assertTrue(run.out().contains("dry run, would ingest 1 file: 1 added"));
        assertFalse(Files.exists(data.resolve("ingested")));
    }

    @Test
    @Order(2)
    void ingestsTheGoodFilesSkipsTheReadmeReportsTheUndatedOneAndExitsNonZero() {
        Run run = cli("ingest", raw.toString());
        assertEquals(Main.EXIT_INPUT, run.code());
        assertTrue(run.err().contains("failed") && run.err().contains("undated.txt") && run.err().contains("no publication date found"), run.err());
        assertTrue(run.out().contains("skipped    " + raw.resolve("README.md") + ": not an article: README.md is a project document"),
                run.out());
        assertTrue(run.out().contains("ingested 5 files: 3 added, 0 replaced, 0 unchanged, 1 skipped, 1 failed; 6 passages"), run.out());
        assertTrue(run.out().contains("6 passages from 3 ingested articles are now searchable beside 1 curated facts (index built"), run.out());
    }

    @Test
    @Order(3)
    void reIngestingUnchangedFilesChangesNothingAndKeepsTheIndex() {
        Run run = cli("ingest", raw.resolve("ice-lantern-festival.txt").toString(), raw.resolve("vladivostok-ferry-ru.txt").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("ingested 2 files: 0 added, 0 replaced, 2 unchanged, 0 skipped, 0 failed"), run.out());
        assertTrue(run.out().contains("index loaded from cache"), run.out());
    }

    @Test
    @Order(4)
    void theBotAnswersFromAnIngestedPassageWithItsCitation() {
        App app = App.start(settings(), embedder);
        assertTrue(app.index().fromCache());
        Answer answer = app.answerer().answer(Question.of("How many visitors came to the ice lantern festival in Khabarovsk?"));
        Answer.Answered answered = assertInstanceOf(Answer.Answered.class, answer, () -> AnswerText.plain(answer));
        assertTrue(answered.statements().get(0).fact().id().startsWith("ing-ice-lantern-festival.p"));
        assertTrue(answered.statements().get(0).text().contains("18,400 visitors"));
        assertTrue(AnswerText.plain(answer).contains("Example Wire, \u201cIce lantern festival brings Niigata sculptors to Khabarovsk\u201d, 2023-02-15"),
                AnswerText.plain(answer));
    }

    @Test
    @Order(5)
    void aRussianQuestionIsAnsweredFromTheRussianArticle() {
        App app = App.start(settings(), embedder);
        Answer answer = app.answerer().answer(Question.of("Сколько пассажиров сможет принять паром между Владивостоком и Сакаиминато?"));
        Answer.Answered answered = assertInstanceOf(Answer.Answered.class, answer, () -> AnswerText.plain(answer));
        assertTrue(answered.sources().stream().anyMatch(s -> s.id().equals("ing-vladivostok-ferry-ru")), AnswerText.plain(answer));
        assertTrue(AnswerText.plain(answer).contains("430"), AnswerText.plain(answer));
    }

    @Test
    @Order(6)
    void aWeatherQuestionIsRefusedBecauseTheWidgetWasNotIngested() {
        App app = App.start(settings(), embedder);
        Answer answer = app.answerer().answer(Question.of("Is light snow expected, and what are the humidity, wind and pressure?"));
        assertInstanceOf(Answer.Refused.class, answer, () -> AnswerText.plain(answer));
    }

    @Test
    @Order(7)
    void aBrokenFileTheOperatorNamesStillFailsNamingFileAndReason() {
        Run run = cli("ingest", raw.resolve("undated.txt").toString());
        assertEquals(Main.EXIT_INPUT, run.code());
        assertTrue(run.err().contains("failed     " + raw.resolve("undated.txt") + ": no publication date found"), run.err());
        assertTrue(run.out().contains("ingested 1 file: 0 added, 0 replaced, 0 unchanged, 0 skipped, 1 failed"), run.out());
    }

    @Test
    @Order(7)
    void aFileOverTheConfiguredSizeLimitIsRefusedNamingTheLimitAndTheKey() throws IOException {
        Path big = dir.resolve("big").resolve("big.txt");
        Files.createDirectories(big.getParent());
        Files.writeString(big, "Big page\n\n" + "Delegations met again in Niigata to talk about exchanges. ".repeat(30_000));
        Path config = dir.resolve("small-limit.yaml");
        Files.writeString(config, "ingest:\n  max_article_mb: 1\n");
        Run run = cli("ingest", "--config", config.toString(), big.toString());
        assertEquals(Main.EXIT_INPUT, run.code());
        assertTrue(run.err().contains(big + ": is 1 MB; articles larger than 1 MB are refused (ingest.max_article_mb)"), run.err());
    }

    @Test
    @Order(8)
    void anArticleTheCuratedKnowledgeHoldsIsSkippedNamingTheCuratedSource() throws IOException {
        Path again = Files.createDirectories(dir.resolve("again"));
        Path page = Files.writeString(again.resolve("cross-years-close.txt"), """
                Cross Years close

                01.07.2019

                MOSCOW, July 1. The Russia-Japan Cross Years programme ended after more than 700 events in many fields, \
                its organisers said in Moscow on Monday.
                """);

        Run run = cli("ingest", "--publisher", "Test Agency", again.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("skipped    " + page + ": already in the curated knowledge as source test-cross-years ("
                + knowledge.resolve("articles").resolve("cross-years.yaml") + "): same headline and publication date"), run.out());
        assertTrue(run.out().contains("ingested 1 file: 0 added, 0 replaced, 0 unchanged, 1 skipped, 0 failed; 0 passages"), run.out());
        assertFalse(Files.exists(data.resolve("ingested").resolve("ing-cross-years-close.json")));
        assertTrue(run.out().contains("6 passages from 3 ingested articles are now searchable beside 1 curated facts"), run.out());
    }

    @Test
    @Order(9)
    void theSameArticleSavedUnderAnotherNameIsSkippedNamingTheStoredOne() throws IOException {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Path copy = Files.copy(raw.resolve("ice-lantern-festival.txt"), downloads.resolve("ice-lantern-festival (1).txt"));

        Run run = cli("ingest", downloads.toString());

        assertEquals(0, run.code(), run.err());
        Path json = data.resolve("ingested").resolve("ing-ice-lantern-festival.json");
        assertTrue(run.out().contains("skipped    " + copy + ": already ingested as ing-ice-lantern-festival from ice-lantern-festival.txt ("
                + json + "): same headline and publication date and passages; if this is a corrected version, ingest it under the name "
                + "ice-lantern-festival.txt to replace that article"), run.out());
        assertTrue(run.out().contains("ingested 1 file: 0 added, 0 replaced, 0 unchanged, 1 skipped, 0 failed; 0 passages"), run.out());
        assertTrue(run.out().contains("6 passages from 3 ingested articles are now searchable beside 1 curated facts"), run.out());
    }
}

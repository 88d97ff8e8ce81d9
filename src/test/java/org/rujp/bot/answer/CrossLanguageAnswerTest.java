package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;
import org.rujp.bot.cli.Main;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.Dictionaries;

/**
 * English fixture articles (src/test/resources/crosslang/articles) ingested with {@code rujp-bot ingest}, then
 * asked in Russian and Japanese on the shipped knowledge and configuration: answered from the English passage,
 * quoted as written with a note in the asker's language, cited; a question they do not answer is refused; and
 * without the dictionaries the refusal says why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class CrossLanguageAnswerTest {
    static final Path ARTICLES = Path.of("src", "test", "resources", "crosslang", "articles");
    /** The compact tables read from the dictionaries, kept across test runs as a data directory keeps them. */
    static final Path TABLES = Path.of("target", "test-dictionaries");
    static final Path GOLD = Path.of("src", "test", "resources", "crosslang", "gold");

    private Path data;
    private App app;

    @BeforeAll
    void ingestTheEnglishArticles(@TempDir Path dir) throws IOException, InterruptedException {
        installDictionaries();
        data = dir.resolve("data");
        TestBots.seedIndex(data);
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"ingest", "--data-dir", data.toString(), ARTICLES.toString()}, new PrintWriter(out), new PrintWriter(out));
        assertEquals(0, code, out.toString());
        assertTrue(out.toString().contains("ingested 4 files: 4 added"), out.toString());
        app = App.start(TestBots.settings(data), TestBots.embedder(), new Dictionaries(Dictionaries.DEBIAN_EDICT, Dictionaries.DEBIAN_MUELLER, TABLES));
    }

    @AfterAll
    void close() {
        app = null;
    }

    /** The project's own setup installs Debian's dictionaries when they are absent, as it installs chromium. */
    public static synchronized void installDictionaries() throws IOException, InterruptedException {
        if (Files.isRegularFile(Dictionaries.DEBIAN_EDICT) && Files.isRegularFile(Path.of(Dictionaries.DEBIAN_MUELLER + ".index"))) {
            return;
        }
        Path log = Files.createTempFile("install-dictionaries", ".log");
        Process p = new ProcessBuilder("sh", ".ci/install-dictionaries.sh").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(Dictionaries.DEBIAN_EDICT)) {
            fail("the dictionaries are missing and .ci/install-dictionaries.sh could not install them:\n" + Files.readString(log));
        }
    }

    private Answer ask(String question) {
        return app.answerer().answer(Question.of(question));
    }

    @Nested
    class InRussian {
        @Test
        void isAnsweredFromTheEnglishPassageWithItsValueFirstAndANoteThatTheSourceIsInEnglish() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class,
                    ask("Сколько пассажиров авиакомпания рассчитывает перевезти за первый год?"));
            assertEquals(Lang.RU, a.lang());
            assertEquals("ing-vladivostok-osaka-flights.p02", a.statements().get(0).fact().id());
            assertEquals("около 12 000", a.lead(), "the value the English passage gives, in Russian");
            String text = AnswerText.plain(a);
            assertTrue(text.contains("\nThe airline expects to carry about 12,000 passengers in the first year."), text);
            assertTrue(text.contains("from students of Japanese. [1]\n"), text);
            assertTrue(text.contains("Источник на английском языке: отрывок приведён в оригинале."), text);
            assertTrue(text.contains("Источники:\n[1] Example Wire, “Direct flights between Vladivostok and Osaka to resume after four years”"), text);
            assertEquals(java.util.List.of(Lang.EN), a.quotedLanguages());
        }

        @Test
        void namesAPlaceOnlyTheEnglishArticleSpellsAndIsAnsweredFromIt() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, ask("Сколько рек обследовали учёные на Сахалине?"));
            assertEquals("ing-sakhalin-salmon-survey.p01", a.statements().get(0).fact().id());
            assertTrue(a.lead().contains("17"), a.lead());
        }

        @Test
        void withNoCounterpartInTheArticlesIsRefused() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Сколько медведей живёт на Камчатке?"));
            assertEquals(Messages.get(Lang.RU, "refusal.text"), r.message());
        }

        @Test
        void aboutTheCuratedKnowledgeIsStillAnsweredInRussian() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, ask("Сколько мероприятий включали Перекрёстные годы России и Японии?"));
            assertTrue(a.quotedLanguages().isEmpty(), a.statements().toString());
            assertFalse(AnswerText.plain(a).contains("Источник на английском языке"));
        }
    }

    @Nested
    class InJapanese {
        @Test
        void isAnsweredFromTheEnglishPassageWithItsValueFirstAndANoteThatTheSourceIsInEnglish() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, ask("バレエ団は日本で何回公演しましたか"));
            assertEquals(Lang.JA, a.lang());
            assertEquals("ing-siberian-ballet-japan-tour.p01", a.statements().get(0).fact().id());
            assertTrue(a.lead().startsWith("36"), a.lead());
            String text = AnswerText.plain(a);
            assertTrue(text.contains("The company gave 36 performances in 14 Japanese cities"), text);
            assertTrue(text.contains("出典は英語の記事です。該当箇所を原文のまま引用しています。"), text);
            assertTrue(text.contains("出典:\n[1] Example Wire, “Siberian ballet company ends its Japan tour in Tokyo”"), text);
        }

        @Test
        void withNoCounterpartInTheArticlesIsRefused() {
            assertInstanceOf(Answer.Refused.class, ask("富士山の高さは何メートルですか"));
        }
    }

    @Nested
    class Evaluated {
        @Test
        void evalOnTheCrossLanguageGoldSetFindsEveryPassageInTheTopThreeAndRefusesOnlyWhatItMust() throws IOException {
            Path tables = data.resolve("dictionaries"); // the tables read for the bot above, as a data directory keeps them
            Files.createDirectories(tables);
            Files.createDirectories(TABLES); // empty while the tables are still being written: eval then reads Debian's files
            try (var files = Files.list(TABLES)) {
                for (Path table : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                    Files.copy(table, tables.resolve(table.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"eval", "--data-dir", data.toString(), "--gold", GOLD.toString(), "--no-store",
                    "--min-hit3", "0.9", "--min-refusal-precision", "1", "--min-refusal-recall", "1"}, new PrintWriter(out), new PrintWriter(err));
            assertEquals(0, code, out + "\n" + err);
            assertTrue(out.toString().contains("gold set: 24 questions"), out.toString());
            assertTrue(out.toString().lines().anyMatch(l -> l.matches("ru\\s+12\\s+10\\s+2\\s.*")), out.toString());
            assertTrue(out.toString().lines().anyMatch(l -> l.matches("ja\\s+12\\s+10\\s+2\\s.*")), out.toString());
        }
    }

    @Nested
    class WithoutTheDictionaries {
        @Test
        void aRussianQuestionAboutAnEnglishArticleIsRefusedSayingTheDictionaryIsMissing(@TempDir Path none) {
            App bare = App.start(TestBots.settings(data), TestBots.embedder(),
                    new Dictionaries(none.resolve("edict"), none.resolve("mueller7"), none.resolve("tables")));
            Answer.Refused r = assertInstanceOf(Answer.Refused.class,
                    bare.answerer().answer(Question.of("Сколько пассажиров авиакомпания рассчитывает перевезти за первый год?")));
            assertTrue(r.message().endsWith(Messages.get(Lang.RU, "refusal.no_dictionary")), r.message());
            Answer.Refused ja = assertInstanceOf(Answer.Refused.class, bare.answerer().answer(Question.of("バレエ団は日本で何回公演しましたか")));
            assertTrue(ja.message().contains("日英辞書"), ja.message());
        }
    }
}

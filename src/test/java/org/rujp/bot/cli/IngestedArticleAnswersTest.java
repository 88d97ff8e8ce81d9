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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.AnswerText;
import org.rujp.bot.answer.Question;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;
import org.rujp.bot.telegram.AnswerHtml;

/**
 * An article ingested beside the shipped curated knowledge is answered like a curated one: "when" leads with the
 * event date read from its text ("on Monday" against the article's date), "how much" with the amount and its
 * currency, "who" with the person its text names, and every citation carries the article's URL. Then the
 * operator lists it, drafts a curated article from it, and removes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestedArticleAnswersTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "articles", "slots");
    private static final String ORCHESTRA_URL = "https://example.org/culture/2026/11/25/orchestra-sakhalin";

    private Path dir;
    private Path data;
    private Path raw;

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
        data = dir.resolve("data");
        raw = Files.createDirectories(dir.resolve("raw"));
        Files.copy(FIXTURES.resolve("orchestra-sakhalin.txt"), raw.resolve("orchestra-sakhalin.txt"));
        Files.copy(FIXTURES.resolve("ferry-fares.html"), raw.resolve("ferry-fares.html"));
        TestBots.seedIndex(data);
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir=" + data;
        all[args.length + 1] = "--knowledge-dir=knowledge";
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Answer ask(String question) {
        App app = App.start(TestBots.settings(data), TestBots.embedder());
        return app.answerer().answer(Question.of(question));
    }

    @Test
    @Order(1)
    void ingestingReadsTheSlotsAndTheUrl() {
        Run run = cli("ingest", raw.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("added      ing-orchestra-sakhalin"), run.out());
        assertTrue(run.out().contains("added      ing-ferry-fares"), run.out());
    }

    @Test
    @Order(2)
    void aWhenQuestionLeadsWithTheDateTheTextGivesRelativeToTheArticle() {
        Answer answer = ask("When did the culture minister announce the concerts of the Sapporo Symphony Orchestra?");
        Answer.Answered a = assertInstanceOf(Answer.Answered.class, answer, () -> AnswerText.plain(answer));
        assertEquals("ing-orchestra-sakhalin.p01", a.statements().get(0).fact().id(), AnswerText.plain(answer));
        assertEquals("23 November 2026", a.lead(), AnswerText.plain(answer)); // "on Monday" before Wednesday 25 November 2026
    }

    @Test
    @Order(3)
    void aHowMuchQuestionLeadsWithTheAmountAndItsCurrency() {
        Answer answer = ask("How much does a ticket to the opening concert of the Sapporo orchestra cost?");
        Answer.Answered a = assertInstanceOf(Answer.Answered.class, answer, () -> AnswerText.plain(answer));
        assertEquals("38,000 yen", a.lead(), AnswerText.plain(answer));
    }

    @Test
    @Order(4)
    void aWhoQuestionLeadsWithThePersonTheArticleNames() {
        Answer answer = ask("Who announced the concerts of the Sapporo Symphony Orchestra in Yuzhno-Sakhalinsk?");
        Answer.Answered a = assertInstanceOf(Answer.Answered.class, answer, () -> AnswerText.plain(answer));
        assertTrue(a.lead().startsWith("Haruto Sakamoto"), AnswerText.plain(answer));
        assertTrue(a.lead().contains("Culture Minister"), a.lead());
    }

    @Test
    @Order(5)
    void theCitationCarriesTheUrlOnTheCommandLineAndAsALinkInTelegram() {
        Answer answer = ask("How much does a ticket to the opening concert of the Sapporo orchestra cost?");
        String plain = AnswerText.plain(answer);
        assertTrue(plain.contains("Example Wire, \u201cJapanese orchestra to tour Sakhalin in March\u201d, 2026-11-25, " + ORCHESTRA_URL),
                plain);
        String html = AnswerHtml.render(answer, true);
        assertTrue(html.contains("<a href=\"" + ORCHESTRA_URL + "\"><i>Japanese orchestra to tour Sakhalin in March</i></a>"), html);

        Run json = cliWithInput();
        assertTrue(json.out().contains("\"url\":\"" + ORCHESTRA_URL + "\""), json.out());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Сколько стоит билет на первый концерт оркестра из Саппоро?|38 000|иен",
            "札幌の交響楽団の初日のコンサートのチケットはいくらですか？|38,000|円",
    })
    @Order(6)
    void aRussianOrJapaneseQuestionIsAnsweredFromItWithTheAmountFirstAndTheUrlInTheCitation(String question, String number,
                                                                                           String currency) throws Exception {
        org.rujp.bot.answer.CrossLanguageAnswerTest.installDictionaries();
        Answer answer = ask(question);
        Answer.Answered a = assertInstanceOf(Answer.Answered.class, answer, () -> AnswerText.plain(answer));
        assertEquals("ing-orchestra-sakhalin", a.statements().get(0).fact().sourceId(), AnswerText.plain(answer));
        assertTrue(a.lead().contains(number) && a.lead().contains(currency), a.lead());
        assertTrue(AnswerText.plain(answer).contains(ORCHESTRA_URL), AnswerText.plain(answer));
    }

    private Run cliWithInput() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("How much does a ticket to the opening concert of the Sapporo orchestra cost?\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return cli("ask", "--json");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    @Order(6)
    void theHtmlPagesCanonicalLinkIsItsUrlAndTheAmountsKeepTheirUnits() {
        KnowledgeBase kb = App.start(TestBots.settings(data), TestBots.embedder()).knowledge();
        assertEquals("https://example.org/economy/2026/10/14/wakkanai-ferry-fares", kb.source("ing-ferry-fares").url());
        Fact p1 = kb.fact("ing-ferry-fares.p01").orElseThrow();
        assertEquals(java.util.List.of("30%", "21,000 yen", "30,000 yen"), p1.slots().quantities().stream().map(q -> q.value(Lang.EN)).toList());
        assertEquals(Slots.Quantity.Unit.PERCENT, p1.slots().quantities().get(0).unit());
        Fact p2 = kb.fact("ing-ferry-fares.p02").orElseThrow();
        assertTrue(p2.slots().quantities().stream().anyMatch(q -> q.value(Lang.EN).equals("$3 million") && q.unit() == Slots.Quantity.Unit.USD),
                p2.slots().toString());
        assertEquals(java.util.List.of("ing-person-kenji-morita"), p1.slots().actors(Slots.Actor.Part.SPEAKER));
    }

    @Test
    @Order(7)
    void theListShowsIdHeadlineDatePassagesAndUrl() {
        Run run = cli("ingest", "--list");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s).*ing-orchestra-sakhalin\\s+2026-11-25\\s+3\\s+Japanese orchestra to tour Sakhalin in March\\n\\s+"
                + java.util.regex.Pattern.quote(ORCHESTRA_URL) + "\\n.*"), run.out());
        assertTrue(run.out().contains("2 ingested articles in " + data.resolve("ingested")), run.out());
    }

    @Test
    @Order(8)
    void aDraftOnceCompletedIsAcceptedByTheKnowledgeLoader() throws IOException {
        Path draft = dir.resolve("draft.yaml");
        Run run = cli("knowledge", "draft", "ing-orchestra-sakhalin", "--out", draft.toString());
        assertEquals(0, run.code(), run.err());
        String yaml = Files.readString(draft);
        assertTrue(yaml.contains("url: " + ORCHESTRA_URL), yaml);
        assertTrue(yaml.contains("date: 2026-11-23") || yaml.contains("date: '2026-11-23'"), yaml);
        assertTrue(yaml.contains("Haruto Sakamoto"), "the new name is listed for aliases.yaml");

        Path knowledge = copyOfShippedKnowledge();
        Path incomplete = knowledge.resolve("articles").resolve("900-orchestra-sakhalin.yaml");
        Files.writeString(incomplete, yaml);
        org.rujp.bot.InvalidFileException e = org.junit.jupiter.api.Assertions.assertThrows(org.rujp.bot.InvalidFileException.class,
                () -> KnowledgeLoader.load(knowledge));
        assertTrue(e.getMessage().contains("900-orchestra-sakhalin.yaml"), e.getMessage());

        String completed = yaml.replace("ru: ''", "ru: 'Текст на русском языке.'").replace("ja: ''", "ja: '日本語の文章。'");
        Files.writeString(incomplete, completed);
        KnowledgeBase kb = KnowledgeLoader.load(knowledge);
        Fact fact = kb.fact("orchestra-sakhalin-p02").orElseThrow();
        assertEquals("2025", fact.date().orElseThrow().iso());
        assertEquals(Slots.Quantity.Unit.JPY, fact.slots().quantities().get(0).unit());
        assertEquals("38,000 yen", fact.slots().quantities().get(0).value(Lang.EN));
        assertEquals(ORCHESTRA_URL, kb.source("orchestra-sakhalin").url());
        assertEquals("2026-11-23", kb.fact("orchestra-sakhalin-p01").orElseThrow().date().orElseThrow().iso());
    }

    private Path copyOfShippedKnowledge() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("knowledge-copy").resolve("articles")).getParent();
        Files.copy(Path.of("knowledge", "aliases.yaml"), copy.resolve("aliases.yaml"));
        try (Stream<Path> files = Files.list(Path.of("knowledge", "articles"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve("articles").resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    @Order(9)
    void removingAnUnknownIdNamesTheIdAndWhereItLooked() {
        Run run = cli("ingest", "--remove", "ing-no-such-article");
        assertEquals(Main.EXIT_INPUT, run.code());
        assertTrue(run.err().contains("no ingested article 'ing-no-such-article' in " + data.resolve("ingested")), run.err());
        assertTrue(run.err().contains("ing-ferry-fares, ing-orchestra-sakhalin"), run.err());
    }

    @Test
    @Order(10)
    void aRemovedArticleIsNoLongerAnswered() {
        Run run = cli("ingest", "--remove", "ing-orchestra-sakhalin");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("removed    ing-orchestra-sakhalin"), run.out());
        assertFalse(Files.exists(data.resolve("ingested").resolve("ing-orchestra-sakhalin.json")));

        Answer answer = ask("How much does a ticket to the opening concert of the Sapporo orchestra cost?");
        assertTrue(answer.retrieved().stream().noneMatch(f -> f.fact().sourceId().equals("ing-orchestra-sakhalin")),
                () -> AnswerText.plain(answer));
        assertFalse(AnswerText.plain(answer).contains("38,000"), AnswerText.plain(answer));
        assertTrue(cli("ingest", "--list").out().contains("1 ingested article in"));
    }
}

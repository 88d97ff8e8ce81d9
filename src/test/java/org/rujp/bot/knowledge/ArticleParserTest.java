package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rujp.bot.InvalidFileException;

class ArticleParserTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private static IngestedArticle parse(Path file) {
        return parse(file, IngestOptions.none());
    }

    private static IngestedArticle parse(Path file, IngestOptions options) {
        return new ArticleParser(options).parse(file, Fixtures.bytes(file), NOW).article();
    }

    private static IngestedArticle parseText(String name, String text, IngestOptions options) {
        return new ArticleParser(options).parse(Path.of(name), text.getBytes(StandardCharsets.UTF_8), NOW).article();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ice-lantern-festival.txt", "student-robotics-exchange.html", "vladivostok-ferry-ru.txt"})
    void leavesNoFurnitureInThePassages(String name) {
        IngestedArticle article = parse(Fixtures.DIR.resolve(name));
        String passages = String.join("\n", article.passages());
        for (String furniture : Fixtures.FURNITURE) {
            assertFalse(passages.contains(furniture), () -> name + " still contains '" + furniture + "':\n" + passages);
        }
        assertFalse(passages.contains(article.headline()), "the headline is metadata, not a passage");
    }

    @Nested
    class PlainTextPage {
        private final IngestedArticle article = parse(Fixtures.FESTIVAL);

        @Test
        void extractsHeadlineDatePlaceAndPublisher() {
            assertEquals("Ice lantern festival brings Niigata sculptors to Khabarovsk", article.headline());
            assertEquals(LocalDate.of(2023, 2, 15), article.published());
            assertEquals("", article.dateNote());
            assertEquals("KHABAROVSK", article.place());
            assertEquals("Example Wire", article.publisher());
            assertEquals("en", article.lang());
        }

        @Test
        void splitsTheBodyIntoPassagesWithTheDatelineRemoved() {
            assertEquals(2, article.passages().size());
            assertTrue(article.passages().get(0).startsWith("The fourth Khabarovsk-Niigata ice lantern festival drew 18,400 visitors"));
            assertTrue(article.passages().get(1).contains("212 blocks of Amur ice"));
        }

        @Test
        void derivesAStableSourceIdAndPassageFacts() {
            assertEquals("ing-ice-lantern-festival", article.sourceId());
            List<Fact> facts = article.toFacts();
            assertEquals(List.of("ing-ice-lantern-festival.p01", "ing-ice-lantern-festival.p02"), facts.stream().map(Fact::id).toList());
            assertTrue(facts.stream().allMatch(f -> f.kind() == Fact.Kind.PASSAGE && f.texts().keySet().equals(java.util.Set.of(Lang.EN))));
            Source source = article.toSource();
            assertEquals(Source.Origin.INGESTED, source.origin());
            assertEquals("Example Wire, \u201cIce lantern festival brings Niigata sculptors to Khabarovsk\u201d, 2023-02-15", source.citation());
        }
    }

    @Nested
    class HtmlPage {
        private final IngestedArticle article = parse(Fixtures.ROBOTICS);

        @Test
        void takesHeadlineDateAndPublisherFromTheMarkup() {
            assertEquals("Kazan and Kobe students build a lunar rover together", article.headline());
            assertEquals(LocalDate.of(2022, 10, 5), article.published());
            assertEquals("Example Daily", article.publisher());
        }

        @Test
        void keepsTheArticleParagraphsOnly() {
            String text = String.join(" ", article.passages());
            assertTrue(text.startsWith("Forty engineering students from Kazan Federal University"));
            assertTrue(text.contains("third team from Novosibirsk next year."));
            assertFalse(text.contains("rover prototype. Photo"), "figure caption");
            assertFalse(text.contains("Politics"), "menu");
        }
    }

    @Nested
    class RussianPage {
        private final IngestedArticle article = parse(Fixtures.FERRY_RU);

        @Test
        void keepsRussianPassagesInRussianOnly() {
            assertEquals("ru", article.lang());
            assertTrue(article.toFacts().stream().allMatch(f -> f.texts().keySet().equals(java.util.Set.of(Lang.RU))));
            assertTrue(article.passages().get(0).startsWith("Пассажирский паром между Владивостоком"));
        }

        @Test
        void infersTheUnprintedYearFromTheWeekdayAndSaysHow() {
            assertEquals("Паром из Владивостока в Сакаиминато возобновит рейсы", article.headline());
            assertEquals(LocalDate.of(2020, 5, 14), article.published());
            assertTrue(article.dateNote().contains("14 мая") && article.dateNote().contains("Thursday"), article.dateNote());
            assertEquals("ВЛАДИВОСТОК", article.place());
            assertEquals("ТАСС", article.publisher());
        }
    }

    @Nested
    class OperatorOptions {
        private static final String NO_YEAR = "Headline of a report\n\nOSAKA, March 3. /Kyodo/. Two museums agreed to swap "
                + "exhibitions of porcelain and lacquer next spring, their directors said in a joint statement.\n";
        private static final String NO_DATE = "Headline of a report\n\nTwo museums agreed to swap exhibitions of porcelain and "
                + "lacquer next spring, their directors said in a joint statement.\n";

        @Test
        void aDateWithoutYearThatTheTextDoesNotSettleIsAnErrorNamingTheFile() {
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> parseText("museum.txt", NO_YEAR, IngestOptions.none()));
            assertTrue(e.getMessage().startsWith("museum.txt"), e.getMessage());
            assertTrue(e.getMessage().contains("'March 3' without a year") && e.getMessage().contains("--year"), e.getMessage());
        }

        @Test
        void theYearOptionCompletesTheDateAndIsNoted() {
            IngestedArticle a = parseText("museum.txt", NO_YEAR, new IngestOptions(Optional.empty(), Optional.empty(), Optional.of(2024)));
            assertEquals(LocalDate.of(2024, 3, 3), a.published());
            assertTrue(a.dateNote().contains("--year"));
            assertEquals("OSAKA", a.place());
            assertEquals("Kyodo", a.publisher());
        }

        @Test
        void aPageWithoutAnyDateIsAnErrorUnlessTheDateIsGiven() {
            IngestOptions withPublisher = new IngestOptions(Optional.of("Museum News"), Optional.empty(), Optional.empty());
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> parseText("museum.txt", NO_DATE, withPublisher));
            assertTrue(e.getMessage().contains("no publication date found") && e.getMessage().contains("--date"), e.getMessage());
            IngestedArticle a = parseText("museum.txt", NO_DATE,
                    new IngestOptions(Optional.of("Museum News"), Optional.of(LocalDate.of(2024, 4, 1)), Optional.empty()));
            assertEquals(LocalDate.of(2024, 4, 1), a.published());
            assertEquals("Museum News", a.publisher());
        }

        @Test
        void thePublisherOptionOverridesThePage() {
            IngestedArticle a = parse(Fixtures.FESTIVAL, new IngestOptions(Optional.of("Amur Herald"), Optional.empty(), Optional.empty()));
            assertEquals("Amur Herald", a.publisher());
        }

        @Test
        void aPageWithoutPublisherIsAnError() {
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> parseText("museum.txt",
                    "Headline of a report\n\n01.07.2019\n\nTwo museums agreed to swap exhibitions of porcelain and lacquer next spring, their directors said.\n",
                    IngestOptions.none()));
            assertTrue(e.getMessage().contains("--publisher"), e.getMessage());
        }
    }

    @Test
    void sourceIdsComeFromFileNames() {
        assertEquals("ing-000_50a58ed17b7ab04b", ArticleParser.sourceId(Path.of("a", "000_50a58ed17b7ab04b.txt")));
        assertEquals("ing-tass-report-2019", ArticleParser.sourceId(Path.of("TASS Report 2019.html")));
        String russian = ArticleParser.sourceId(Path.of("статья.txt"));
        assertTrue(russian.matches("ing-[0-9a-f]{8}"), russian);
        assertEquals(russian, ArticleParser.sourceId(Path.of("elsewhere", "статья.txt")));
    }
}

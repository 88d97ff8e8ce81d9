package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/**
 * Re-ingesting an article the curated knowledge is written from is skipped with the curated source it
 * duplicates, so no fact is cited twice; a new article is still ingested. Runs on the shipped
 * ./knowledge and the five source articles, without the embedding model.
 */
class CuratedArticlesTest {
    private static final Path KNOWLEDGE = Path.of("knowledge");

    @TempDir
    Path raw;
    @TempDir
    Path data;

    private IngestedArticles store;

    @BeforeEach
    void setUp() {
        store = IngestedArticles.in(data);
    }

    private List<IngestOutcome> ingest(CuratedArticles curated, boolean dryRun, Path... paths) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        List<ArticleFile> files = ArticleFiles.find(List.of(paths), outcomes);
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
        outcomes.addAll(new ArticleIngester(store, curated, IngestOptions.none(), clock, dryRun).ingest(files, o -> { }));
        return outcomes;
    }

    private List<IngestOutcome> ingest(Path... paths) {
        return ingest(CuratedArticles.in(KNOWLEDGE), false, paths);
    }

    private static Path copy(String sharedArticle, Path dir, String asName) throws IOException {
        return Files.copy(Fixtures.SHARED_ARTICLES.resolve(sharedArticle), dir.resolve(asName));
    }

    @Nested
    class EachSourceArticleReIngested {
        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
                "000_50a58ed17b7ab04b.txt, rm-2019-interregional-year, 000-interregional-year-2019.yaml",
                "001_2a775db45f4373d4.txt, rm-2021-interregional-year-extended, 001-interregional-year-extended-2021.yaml",
                "002_15114bfd6ec5489f.txt, tass-2018-foreign-ministers-spring, 002-foreign-ministers-spring-2018.yaml",
                "003_cf10a18934121b16.txt, tass-2019-cooperation-plan-results, 003-cooperation-plan-results-2019.yaml",
                "004_a1c0035e3f53ca12.txt, sputnik-japan-economic-ties, 004-japan-economic-ties-sputnik.yaml"})
        void isRecognisedAsCuratedAndSkipped(String name, String sourceId, String yaml) throws IOException {
            Path file = copy(name, raw, name);

            IngestOutcome.Skipped skipped = assertInstanceOf(IngestOutcome.Skipped.class, ingest(file).get(0));

            assertEquals("already in the curated knowledge as source " + sourceId + " ("
                    + KNOWLEDGE.resolve("articles").resolve(yaml) + "): same headline, raw file name and publication date",
                    skipped.reason());
            assertEquals("", skipped.removedSourceId());
            assertTrue(store.all().isEmpty(), "nothing is stored for a curated article");
        }

        @ParameterizedTest(name = "{0} renamed")
        @CsvSource({
                "000_50a58ed17b7ab04b.txt, rm-2019-interregional-year",
                "001_2a775db45f4373d4.txt, rm-2021-interregional-year-extended",
                "002_15114bfd6ec5489f.txt, tass-2018-foreign-ministers-spring",
                "003_cf10a18934121b16.txt, tass-2019-cooperation-plan-results",
                "004_a1c0035e3f53ca12.txt, sputnik-japan-economic-ties"})
        void isRecognisedUnderAnotherFileNameByHeadlineAndDate(String name, String sourceId) throws IOException {
            Path file = copy(name, raw, "article-" + name.substring(0, 3) + ".txt");

            IngestOutcome.Skipped skipped = assertInstanceOf(IngestOutcome.Skipped.class, ingest(file).get(0));

            assertTrue(skipped.reason().startsWith("already in the curated knowledge as source " + sourceId + " ("), skipped.reason());
            assertTrue(skipped.reason().endsWith("same headline and publication date"), skipped.reason());
            assertTrue(store.all().isEmpty());
        }
    }

    @Test
    void theSharedDirectoryIngestsNothingAndReportsEveryFileSkipped() {
        List<IngestOutcome> outcomes = ingest(Fixtures.SHARED_ARTICLES);
        assertEquals(List.of("skipped", "skipped", "skipped", "skipped", "skipped", "skipped"),
                outcomes.stream().map(IngestOutcome::status).toList(), outcomes::toString);
        assertTrue(((IngestOutcome.Skipped) outcomes.get(0)).reason().startsWith("not an article: README.md"), outcomes::toString);
        assertTrue(store.all().isEmpty());
    }

    @Test
    void aNewArticleBesideCuratedOnesIsStillIngested() throws IOException {
        Path festival = Fixtures.copy(Fixtures.FESTIVAL, raw);
        copy("002_15114bfd6ec5489f.txt", raw, "002_15114bfd6ec5489f.txt");

        List<IngestOutcome> outcomes = ingest(raw);

        assertEquals(List.of("skipped", "added"), outcomes.stream().map(IngestOutcome::status).toList(), outcomes::toString);
        assertEquals(festival, outcomes.get(1).file());
        assertEquals(List.of("ing-ice-lantern-festival"), store.all().stream().map(IngestedArticle::sourceId).toList());
    }

    @Nested
    class ACopyIngestedBeforeTheCheckExisted {
        private Path file;

        @BeforeEach
        void ingestWithoutCuratedKnowledge() throws IOException {
            file = copy("003_cf10a18934121b16.txt", raw, "003_cf10a18934121b16.txt");
            assertEquals("added", ingest(CuratedArticles.none(), false, file).get(0).status());
        }

        @Test
        void isRemovedWhenItsFileIsIngestedAgain() {
            IngestOutcome.Skipped skipped = assertInstanceOf(IngestOutcome.Skipped.class, ingest(file).get(0));
            assertEquals("ing-003_cf10a18934121b16", skipped.removedSourceId());
            assertTrue(skipped.reason().endsWith("; removed the copy ingested before as ing-003_cf10a18934121b16"), skipped.reason());
            assertTrue(store.all().isEmpty());
        }

        @Nested
        class AtStartUp {
            private final Logger logger = (Logger) LoggerFactory.getLogger(IngestedArticles.class);
            private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

            @BeforeEach
            void captureLogs() {
                logs.start();
                logger.addAppender(logs);
            }

            @AfterEach
            void stopCapturing() {
                logger.detachAppender(logs);
            }

            @Test
            void isLeftOutWithAWarningNamingItsFileAndTheCuratedSourceAndIsNotDeleted() {
                Path json = store.fileOf("ing-003_cf10a18934121b16");
                ingest(CuratedArticles.none(), false, Fixtures.copy(Fixtures.FESTIVAL, raw));

                KnowledgeBase kb = IngestedArticles.load(KNOWLEDGE, data);

                List<String> ingested = kb.sources().stream().filter(s -> s.origin() == Source.Origin.INGESTED).map(Source::id).toList();
                assertEquals(List.of("ing-ice-lantern-festival"), ingested, "the curated copy is left out, the other article kept");
                assertTrue(kb.facts().stream().noneMatch(f -> f.sourceId().equals("ing-003_cf10a18934121b16")));
                List<String> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN)
                        .map(ILoggingEvent::getFormattedMessage).toList();
                assertEquals(1, warnings.size(), warnings::toString);
                assertTrue(warnings.get(0).startsWith("Ingested article " + json + " is left out: already in the curated knowledge "
                        + "as source tass-2019-cooperation-plan-results (" + KNOWLEDGE.resolve("articles")), warnings.get(0));
                assertTrue(Files.exists(json), "nothing is deleted at start-up");
            }

            @Test
            void leavesTheKnowledgeAsIfNothingWereStoredSoTheIndexCacheStillFits() {
                assertEquals(IngestedArticles.load(KNOWLEDGE, data.resolve("nothing-stored")).version(),
                        IngestedArticles.load(KNOWLEDGE, data).version());
            }
        }

        @Test
        void isKeptByADryRun() {
            IngestOutcome.Skipped skipped = assertInstanceOf(IngestOutcome.Skipped.class,
                    ingest(CuratedArticles.in(KNOWLEDGE), true, file).get(0));
            assertTrue(skipped.reason().endsWith("; would remove the copy ingested before as ing-003_cf10a18934121b16"), skipped.reason());
            assertEquals(1, store.all().size());
        }
    }

    @Nested
    class Matching {
        private final Path yaml = Path.of("knowledge", "articles", "007-ferry.yaml");
        private final Source curatedFerry = new Source("ferry-2023", "Example Wire", "Vladivostok \u2013 Sakaiminato ferry resumes",
                LocalDate.of(2023, 4, 3), "", "", "ferry-page.txt", Source.Origin.CURATED);
        private final CuratedArticles curated = CuratedArticles.of(Map.of(yaml, curatedFerry));

        private Optional<CuratedArticles.Match> find(String file, String headline, LocalDate published) {
            return curated.find(new IngestedArticle("ing-x", file, "", "0".repeat(64), Instant.EPOCH, headline, published, "", "",
                    "Example Wire", "en", List.of(), List.of("A passage.")));
        }

        @Test
        void headlinesAgreeWhateverTheirCasePunctuationDashesAndSpacing() {
            assertEquals(CuratedArticles.headlineKey("Vladivostok \u2013 Sakaiminato ferry resumes"),
                    CuratedArticles.headlineKey("  VLADIVOSTOK-SAKAIMINATO Ferry Resumes! "));
            assertEquals(CuratedArticles.headlineKey("Паром «Владивосток — Сакаиминато» возобновлён"),
                    CuratedArticles.headlineKey("паром Владивосток-Сакаиминато возобновлен"));
            assertEquals(CuratedArticles.headlineKey("日露交流年　開幕"), CuratedArticles.headlineKey("日露交流年 開幕"));
        }

        @Test
        void headlineAndDateAgreeing() {
            assertEquals("headline and publication date",
                    find("saved.txt", "VLADIVOSTOK-SAKAIMINATO ferry resumes", LocalDate.of(2023, 4, 3)).orElseThrow().marks());
        }

        @Test
        void fileNameAndDateAgreeingWhenTheCuratorRetitledTheSource() {
            assertEquals("raw file name and publication date",
                    find("ferry-page.txt", "Ferry link between Vladivostok and Sakaiminato is back", LocalDate.of(2023, 4, 3))
                            .orElseThrow().marks());
        }

        @Test
        void fileNameAndHeadlineAgreeingWhenTheCuratorCorrectedTheDate() {
            assertEquals("headline and raw file name",
                    find("ferry-page.txt", "Vladivostok - Sakaiminato ferry resumes", LocalDate.of(2024, 4, 3)).orElseThrow().marks());
        }

        @Test
        void oneMarkAloneIsAnotherArticle() {
            assertFalse(find("other.txt", "Vladivostok - Sakaiminato ferry resumes", LocalDate.of(2024, 4, 3)).isPresent(),
                    "the same headline a year later is another report");
            assertFalse(find("ferry-page.txt", "Ferry fares rise", LocalDate.of(2024, 1, 9)).isPresent(),
                    "a file name alone may be a coincidence");
            assertFalse(find("other.txt", "Ferry fares rise", LocalDate.of(2023, 4, 3)).isPresent());
        }

        @Test
        void theMatchNamesTheCuratedSourceAndItsFile() {
            CuratedArticles.Match match = find("ferry-page.txt", "Vladivostok-Sakaiminato ferry resumes", LocalDate.of(2023, 4, 3))
                    .orElseThrow();
            assertEquals("already in the curated knowledge as source ferry-2023 (" + yaml
                    + "): same headline, raw file name and publication date", match.describe());
        }
    }
}

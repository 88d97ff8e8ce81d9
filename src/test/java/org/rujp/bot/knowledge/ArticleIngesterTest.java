package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.InvalidFileException;

class ArticleIngesterTest {
    @TempDir
    Path raw;
    @TempDir
    Path data;

    private IngestedArticles store;

    @BeforeEach
    void setUp() {
        store = IngestedArticles.in(data);
    }

    private List<IngestOutcome> ingest(Path... paths) {
        return ingest(false, paths);
    }

    private List<IngestOutcome> ingest(boolean dryRun, Path... paths) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        List<ArticleFile> files = ArticleFiles.find(List.of(paths), outcomes);
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
        outcomes.addAll(new ArticleIngester(store, CuratedArticles.none(), IngestOptions.none(), clock, dryRun).ingest(files, o -> { }));
        return outcomes;
    }

    private static KnowledgeBase curated() {
        Source source = new Source("curated-one", "TASS", "A curated article", LocalDate.of(2019, 1, 1), "", "", "", Source.Origin.CURATED);
        Fact fact = new Fact("curated-one-f1", "curated-one", Map.of(Lang.EN, "A curated fact."), Optional.empty(), List.of(),
                List.of(), Fact.Kind.FACT);
        return new KnowledgeBase(List.of(source), List.of(fact), List.of(), "curated-v1");
    }

    @Test
    void ingestsEveryArticleFileOfADirectoryRecursively() throws IOException {
        Path nested = Files.createDirectories(raw.resolve("2023").resolve("feb"));
        Fixtures.copy(Fixtures.FESTIVAL, nested);
        Fixtures.copy(Fixtures.ROBOTICS, raw);
        Files.writeString(raw.resolve("notes.csv"), "not,an,article");
        List<IngestOutcome> outcomes = ingest(raw);
        assertEquals(List.of("added", "added"), outcomes.stream().map(IngestOutcome::status).toList());
        assertTrue(Files.isRegularFile(data.resolve("ingested").resolve("ing-ice-lantern-festival.json")));
        assertEquals(2, store.all().size());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheFileAndTheLimitAndNothingIsStored() throws IOException {
        Path huge = raw.resolve("huge.txt");
        String paragraph = "Russia and Japan held another round of consultations on interregional exchanges in Niigata.\n\n";
        try (var out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            out.write("Huge page\n\n");
            for (long written = 0; written <= ArticleIngester.MAX_FILE_BYTES; written += paragraph.length()) {
                out.write(paragraph);
            }
        }
        Path oneLine = raw.resolve("one-line.txt");
        Files.writeString(oneLine, "Headline\n\n" + "word ".repeat((int) (ArticleIngester.MAX_FILE_BYTES / 5) + 1), StandardCharsets.UTF_8);

        List<IngestOutcome> outcomes = ingest(huge, oneLine);

        assertEquals(List.of("failed", "failed"), outcomes.stream().map(IngestOutcome::status).toList());
        assertTrue(outcomes.get(0).toString().contains(huge + ": is 4 MB; articles larger than 4 MB are refused"), outcomes.get(0).toString());
        assertTrue(store.all().isEmpty());
    }

    @Test
    void aStoredArticleOverTheLimitFromBeforeItExistedIsLeftOutAtStartUp() throws IOException {
        Fixtures.copy(Fixtures.FESTIVAL, raw);
        ingest(raw);
        Path stored = store.fileOf("ing-ice-lantern-festival");
        Path huge = stored.resolveSibling("ing-huge.json");
        try (var out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            for (long written = 0; written <= ArticleIngester.MAX_FILE_BYTES; written += 10) {
                out.write("          ");
            }
        }

        KnowledgeBase kb = store.addTo(curated());

        assertTrue(kb.sources().stream().anyMatch(src -> src.id().equals("ing-ice-lantern-festival")), "the others still load");
        assertTrue(kb.sources().stream().noneMatch(src -> src.id().equals("ing-huge")));
    }

    @Nested
    class ReIngesting {
        private Path file;
        private byte[] storedJson;

        @BeforeEach
        void ingestOnce() throws IOException {
            file = Fixtures.copy(Fixtures.FESTIVAL, raw);
            assertInstanceOf(IngestOutcome.Added.class, ingest(file).get(0));
            storedJson = Files.readAllBytes(store.fileOf("ing-ice-lantern-festival"));
        }

        @Test
        void anUnchangedFileChangesNothing() throws IOException {
            String versionBefore = store.addTo(curated()).version();
            IngestOutcome outcome = ingest(file).get(0);
            assertInstanceOf(IngestOutcome.Unchanged.class, outcome);
            assertArrayEquals(storedJson, Files.readAllBytes(store.fileOf("ing-ice-lantern-festival")));
            assertEquals(versionBefore, store.addTo(curated()).version());
        }

        @Test
        void aChangedFileReplacesItsPassages() throws IOException {
            String versionBefore = store.addTo(curated()).version();
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("18,400 visitors", "19,050 visitors")
                    .replace("The largest sculpture, a lantern-lit copy of the Niigata Bandai bridge, was carved from 212 blocks of Amur ice.", "");
            Files.writeString(file, text, StandardCharsets.UTF_8);

            IngestOutcome outcome = ingest(file).get(0);

            assertInstanceOf(IngestOutcome.Replaced.class, outcome);
            IngestedArticle stored = store.find("ing-ice-lantern-festival").orElseThrow();
            String passages = String.join(" ", stored.passages());
            assertTrue(passages.contains("19,050 visitors") && !passages.contains("18,400") && !passages.contains("212 blocks"), passages);
            KnowledgeBase kb = store.addTo(curated());
            assertNotEquals(versionBefore, kb.version());
            assertEquals(stored.passages().size(), kb.facts().stream().filter(f -> f.kind() == Fact.Kind.PASSAGE).count());
        }

        @Test
        void aDryRunStoresNothing() throws IOException {
            Files.writeString(file, Files.readString(file).replace("18,400", "20,000"));
            assertInstanceOf(IngestOutcome.Replaced.class, ingest(true, file).get(0));
            assertArrayEquals(storedJson, Files.readAllBytes(store.fileOf("ing-ice-lantern-festival")));
        }
    }

    @Test
    void aFileWithoutDateFailsClearlyAndTheOthersStillIngest() throws IOException {
        Fixtures.copy(Fixtures.FESTIVAL, raw);
        Path undated = raw.resolve("undated.txt");
        Files.writeString(undated, "A headline without a date\n\nTOKYO (Kyodo) - Two museums agreed to swap exhibitions of porcelain "
                + "and lacquer next spring, their directors said in a joint statement.\n");
        Fixtures.copy(Fixtures.FERRY_RU, raw);

        List<IngestOutcome> outcomes = ingest(raw);

        assertEquals(List.of("added", "failed", "added"), outcomes.stream().map(IngestOutcome::status).toList());
        IngestOutcome.Failed failed = (IngestOutcome.Failed) outcomes.get(1);
        assertTrue(failed.reason().startsWith(undated.toString()) && failed.reason().contains("no publication date found"), failed.reason());
        assertFalse(Files.exists(store.fileOf("ing-undated")));
        assertEquals(2, store.all().size());
    }

    @Test
    void twoFilesWithTheSameNameInOneRunAreNotMixedUp() throws IOException {
        Fixtures.copy(Fixtures.FESTIVAL, Files.createDirectories(raw.resolve("a")));
        Fixtures.copy(Fixtures.FESTIVAL, Files.createDirectories(raw.resolve("b")));
        List<IngestOutcome> outcomes = ingest(raw);
        assertEquals(List.of("added", "failed"), outcomes.stream().map(IngestOutcome::status).toList());
        assertTrue(((IngestOutcome.Failed) outcomes.get(1)).reason().contains("rename one"));
    }

    @Test
    void aMissingPathIsReportedAsAFailure() {
        List<IngestOutcome> outcomes = ingest(raw.resolve("nowhere.txt"));
        assertEquals("failed", outcomes.get(0).status());
        assertTrue(((IngestOutcome.Failed) outcomes.get(0)).reason().contains("no such file"));
    }

    @Nested
    class Loading {
        @Test
        void addsEveryStoredArticleBesideTheCuratedFacts() {
            ingest(Fixtures.copy(Fixtures.FESTIVAL, raw), Fixtures.copy(Fixtures.FERRY_RU, raw));
            KnowledgeBase kb = store.addTo(curated());
            assertEquals(3, kb.sources().size());
            assertEquals(Source.Origin.INGESTED, kb.source("ing-vladivostok-ferry-ru").origin());
            Fact p1 = kb.fact("ing-vladivostok-ferry-ru.p01").orElseThrow();
            assertEquals(Fact.Kind.PASSAGE, p1.kind());
            assertTrue(p1.text(Lang.RU).startsWith("Пассажирский паром"));
            assertTrue(kb.fact("curated-one-f1").isPresent());
        }

        @Test
        void theVersionChangesWhenTheIngestedSetChanges() {
            String none = store.addTo(curated()).version();
            ingest(Fixtures.copy(Fixtures.FESTIVAL, raw));
            String one = store.addTo(curated()).version();
            ingest(Fixtures.copy(Fixtures.FERRY_RU, raw));
            String two = store.addTo(curated()).version();
            assertNotEquals(none, one);
            assertNotEquals(one, two);
            assertEquals(two, store.addTo(curated()).version());
        }

        @Test
        void aCorruptStoredFileIsAnErrorNamingIt() throws IOException {
            ingest(Fixtures.copy(Fixtures.FESTIVAL, raw));
            Path json = store.fileOf("ing-ice-lantern-festival");
            Files.writeString(json, "{ \"sourceId\": \"ing-ice-lantern-festival\", \"passages\": [ ");
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> store.addTo(curated()));
            assertEquals(json, e.file());
            assertTrue(e.getMessage().startsWith(json.toString()), e.getMessage());
        }

        @Test
        void aStoredFileMissingRequiredFieldsIsAnErrorNamingIt() throws IOException {
            Files.createDirectories(store.dir());
            Path json = store.fileOf("ing-x");
            Files.writeString(json, "{\"sourceId\":\"ing-x\",\"contentHash\":\"" + "0".repeat(64) + "\",\"headline\":\"H\","
                    + "\"published\":\"2020-01-01\",\"publisher\":\"P\",\"lang\":\"en\",\"passages\":[]}");
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> store.addTo(curated()));
            assertTrue(e.getMessage().contains(json.toString()) && e.getMessage().contains("at least one non-empty passage"), e.getMessage());
        }

        @Test
        void reIngestingRepairsACorruptStoredFile() throws IOException {
            Path file = Fixtures.copy(Fixtures.FESTIVAL, raw);
            ingest(file);
            Files.writeString(store.fileOf("ing-ice-lantern-festival"), "garbage");
            assertEquals("replaced", ingest(file).get(0).status());
            assertEquals(2, store.all().get(0).passages().size());
        }
    }
}

package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same article saved under two file names is ingested once: the second is skipped naming the stored
 * article and what the operator can do; another article with the same headline is still ingested.
 */
class IngestedDuplicatesTest {
    private static final String STORED_ID = "ing-ice-lantern-festival";

    @TempDir
    Path raw;
    @TempDir
    Path data;

    private IngestedArticles store;

    @BeforeEach
    void setUp() {
        store = IngestedArticles.in(data);
    }

    private List<IngestOutcome> ingest(boolean dryRun, Path... paths) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        List<ArticleFile> files = ArticleFiles.find(List.of(paths), outcomes);
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
        outcomes.addAll(new ArticleIngester(store, CuratedArticles.none(), IngestOptions.none(), clock, dryRun).ingest(files, o -> { }));
        return outcomes;
    }

    private List<IngestOutcome> ingest(Path... paths) {
        return ingest(false, paths);
    }

    private Path copyAs(String name, Path dir) throws IOException {
        return Files.copy(Fixtures.FESTIVAL, dir.resolve(name));
    }

    private static Path edit(Path file, String... replacements) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (int i = 0; i < replacements.length; i += 2) {
            assertTrue(text.contains(replacements[i]), replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> storedIds() {
        return store.all().stream().map(IngestedArticle::sourceId).toList();
    }

    @Nested
    class TheSameArticleUnderASecondFileName {
        private Path second;

        @BeforeEach
        void ingestTheFirst() throws IOException {
            assertEquals("added", ingest(Fixtures.copy(Fixtures.FESTIVAL, raw)).get(0).status());
            second = copyAs("ice-lantern-festival (1).txt", Files.createDirectories(raw.resolve("downloads")));
        }

        @Test
        void isSkippedNamingTheStoredArticleAndHowToReplaceIt() {
            IngestOutcome.Skipped skipped = assertInstanceOf(IngestOutcome.Skipped.class, ingest(second).get(0));

            Path json = store.fileOf(STORED_ID);
            assertEquals("already ingested as " + STORED_ID + " from ice-lantern-festival.txt (" + json
                    + "): same headline and publication date and passages; if this is a corrected version, ingest it under the name "
                    + "ice-lantern-festival.txt to replace that article, or delete " + json + " first", skipped.reason());
            assertEquals(List.of(STORED_ID), storedIds());
        }

        @Test
        void isSkippedWhenOnlyHeadlineAndDateAgreeAsWithACorrectedCopy() throws IOException {
            edit(second, "18,400 visitors", "18,900 visitors");

            IngestOutcome.Skipped skipped = assertInstanceOf(IngestOutcome.Skipped.class, ingest(second).get(0));

            assertTrue(skipped.reason().contains(": same headline and publication date; "), skipped.reason());
            assertTrue(String.join(" ", store.find(STORED_ID).orElseThrow().passages()).contains("18,400"));
        }

        @Test
        void isSkippedWhenOnlyThePassagesAgree() throws IOException {
            edit(second, "Ice lantern festival brings Niigata sculptors to Khabarovsk",
                    "Niigata ice sculptors in Khabarovsk for the lantern festival");

            IngestOutcome.Skipped skipped = assertInstanceOf(IngestOutcome.Skipped.class, ingest(second).get(0));

            assertTrue(skipped.reason().contains(": same passages; "), skipped.reason());
        }

        @Test
        void aCorrectedVersionSavedUnderTheOldNameReplacesIt() throws IOException {
            Path corrected = edit(Files.move(second, raw.resolve("ice-lantern-festival.txt"), StandardCopyOption.REPLACE_EXISTING),
                    "18,400 visitors", "18,900 visitors");

            assertEquals("replaced", ingest(corrected).get(0).status());
            assertEquals(List.of(STORED_ID), storedIds());
            assertTrue(String.join(" ", store.find(STORED_ID).orElseThrow().passages()).contains("18,900"));
        }
    }

    @Test
    void twoCopiesInOneRunAreIngestedOnceEvenInADryRun() throws IOException {
        Path first = copyAs("festival-a.txt", raw);
        Path second = copyAs("festival-b.txt", raw);

        for (boolean dryRun : new boolean[] {true, false}) {
            List<IngestOutcome> outcomes = ingest(dryRun, raw);

            assertEquals(List.of("added", "skipped"), outcomes.stream().map(IngestOutcome::status).toList(), outcomes::toString);
            assertEquals(second, outcomes.get(1).file());
            assertTrue(((IngestOutcome.Skipped) outcomes.get(1)).reason().startsWith(
                    "already ingested earlier in this run as ing-festival-a from " + first + ": same headline"), outcomes::toString);
        }
        assertEquals(List.of("ing-festival-a"), storedIds());
    }

    @Test
    void anotherArticleWithTheSameHeadlineOnAnotherDateIsIngested() throws IOException {
        ingest(Fixtures.copy(Fixtures.FESTIVAL, raw));
        Path nextYear = edit(copyAs("ice-lantern-festival-2024.txt", Files.createDirectories(raw.resolve("2024"))),
                "15.02.2023", "14.02.2024", "February 15", "February 14", "The fourth", "The fifth", "18,400", "21,300");

        List<IngestOutcome> outcomes = ingest(nextYear);

        IngestOutcome.Added added = assertInstanceOf(IngestOutcome.Added.class, outcomes.get(0), outcomes::toString);
        assertEquals(LocalDate.of(2024, 2, 14), added.article().published());
        assertEquals(List.of("ing-ice-lantern-festival-2024", STORED_ID), storedIds());
    }

    @Test
    void reIngestingAStoredFileIsNotADuplicateOfItself() throws IOException {
        Path file = Fixtures.copy(Fixtures.FESTIVAL, raw);
        ingest(file);
        assertEquals("unchanged", ingest(file).get(0).status());
    }
}

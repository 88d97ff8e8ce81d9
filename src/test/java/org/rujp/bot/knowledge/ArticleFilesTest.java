package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A directory walk ingests the articles and skips, one reported line each, what is not an article:
 * project documents by name, hidden files, pages without article text. A file the operator names
 * is always parsed, and fails clearly when it is no article.
 */
class ArticleFilesTest {
    @TempDir
    Path raw;
    @TempDir
    Path data;

    private List<IngestOutcome> ingest(Path... paths) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        List<ArticleFile> files = ArticleFiles.find(List.of(paths), outcomes);
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
        outcomes.addAll(new ArticleIngester(IngestedArticles.in(data), CuratedArticles.none(), IngestOptions.none(), clock, false)
                .ingest(files, o -> { }));
        return outcomes;
    }

    /** File name (relative to the walked directory) to the status and reason of its outcome. */
    private Map<String, String> byFile(List<IngestOutcome> outcomes) {
        Map<String, String> result = new TreeMap<>();
        for (IngestOutcome o : outcomes) {
            String reason = o instanceof IngestOutcome.Skipped s ? ": " + s.reason()
                    : o instanceof IngestOutcome.Failed f ? ": " + f.reason() : "";
            result.put(raw.relativize(o.file()).toString(), o.status() + reason);
        }
        return result;
    }

    private void write(String relative, String text) throws IOException {
        Path file = raw.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Nested
    class ADirectoryWithAReadmeBesideItsArticles {
        @Test
        void ingestsTheArticlesAndReportsTheReadmeSkipped() throws IOException {
            Fixtures.copy(Fixtures.FESTIVAL, raw);
            Fixtures.copy(Fixtures.ROBOTICS, raw);
            Fixtures.copy(Fixtures.README, raw);

            Map<String, String> outcomes = byFile(ingest(raw));

            assertEquals(3, outcomes.size(), outcomes::toString);
            assertEquals("added", outcomes.get("ice-lantern-festival.txt"));
            assertEquals("added", outcomes.get("student-robotics-exchange.html"));
            assertTrue(outcomes.get("README.md").startsWith("skipped: not an article: README.md is a project document"),
                    outcomes::toString);
            assertEquals(2, IngestedArticles.in(data).all().size());
            assertFalse(Files.exists(IngestedArticles.in(data).fileOf("ing-readme")));
        }

        @Test
        void stillIngestsTheReadmeWhenTheOperatorNamesIt() {
            Path readme = Fixtures.copy(Fixtures.README, raw);
            IngestOutcome outcome = ingest(readme).get(0);
            IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, outcome);
            assertTrue(failed.reason().startsWith(readme + ": no publication date found"), failed.reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "README.md", "readme.txt", "README.ru.md", "LICENSE", "LICENSE.txt", "Licence.md", "COPYING.txt", "NOTICE.txt",
            "CHANGELOG.md", "CHANGES.txt", "AUTHORS.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", "SECURITY.md", "TODO.txt"})
    void projectDocumentsAreRecognisedByName(String name) {
        assertTrue(ArticleFiles.isDocument(name), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"readme-notes-on-the-ferry.txt", "news.html", "security-dialogue-2019.txt", "license-plates-in-sakhalin.md",
            "changes-to-visa-rules.html", "000_50a58ed17b7ab04b.txt"})
    void articlesWhoseNamesMerelyStartLikeADocumentAreNotSkipped(String name) {
        assertFalse(ArticleFiles.isDocument(name), name);
    }

    @Test
    void everySkippedFileIsReportedOnceWithItsReasonAndTheArticlesAreStillStored() throws IOException {
        Fixtures.copy(Fixtures.FESTIVAL, raw);
        Fixtures.copy(Fixtures.FERRY_RU, Files.createDirectories(raw.resolve("ru")));
        write("LICENSE.txt", "Permission is hereby granted, free of charge, to any person obtaining a copy.\n");
        write("ru/CHANGELOG.md", "# Changes\n\n- 2023-02-15: added the ferry article\n");
        write(".obsidian/workspace.md", "{}\n");
        write("._ice-lantern-festival.txt", "\u0000\u0005\u0016\u0007 Mac OS X resource fork\n");
        write("blank.txt", "\n\n   \n");
        write("undated.txt", "A report without a date\n\nTwo museums agreed to swap exhibitions of porcelain and lacquer next "
                + "spring, their directors said in a joint statement on the exchange.\n");

        Map<String, String> outcomes = byFile(ingest(raw));

        assertEquals(8, outcomes.size(), outcomes::toString);
        assertEquals("added", outcomes.get("ice-lantern-festival.txt"));
        assertEquals("added", outcomes.get("ru/vladivostok-ferry-ru.txt"));
        assertTrue(outcomes.get("LICENSE.txt").startsWith("skipped: not an article: LICENSE.txt is a project document"), outcomes::toString);
        assertTrue(outcomes.get("ru/CHANGELOG.md").startsWith("skipped: not an article"), outcomes::toString);
        assertEquals("skipped: hidden directory, not searched", outcomes.get(".obsidian"));
        assertEquals("skipped: hidden file, not an article", outcomes.get("._ice-lantern-festival.txt"));
        assertEquals("skipped: not an article: no article text is left after removing the page furniture", outcomes.get("blank.txt"));
        assertTrue(outcomes.get("undated.txt").startsWith("failed: " + raw.resolve("undated.txt") + ": no publication date found"),
                "an article missing its date is an error to fix, not a file to pass over: " + outcomes);
        assertEquals(2, IngestedArticles.in(data).all().size());
    }

    @Test
    void aNamedFileWithoutArticleTextFailsNamingFileAndReason() throws IOException {
        write("blank.txt", "\n\n   \n");
        IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, ingest(raw.resolve("blank.txt")).get(0));
        assertEquals(raw.resolve("blank.txt") + ": no article text is left after removing the page furniture", failed.reason());
    }

    @Test
    void aNamedHiddenFileIsParsedLikeAnyOther() throws IOException {
        Path hidden = Files.copy(Fixtures.FESTIVAL, raw.resolve(".festival.txt"));
        assertEquals("added", ingest(hidden).get(0).status());
    }

    @Test
    void aDirectoryHoldingOnlyProjectDocumentsSkipsThemWithoutFailing() throws IOException {
        write("README.md", "# Articles\n\nDrop saved pages here.\n");
        List<IngestOutcome> outcomes = ingest(raw);
        assertEquals(List.of("skipped"), outcomes.stream().map(IngestOutcome::status).toList());
    }

    @Test
    void aDirectoryWithoutAnyArticleFileStillFails() throws IOException {
        write("notes.csv", "not,an,article");
        write(".git/HEAD.txt", "ref: refs/heads/main");
        List<IngestOutcome> outcomes = ingest(raw);
        assertEquals(List.of("skipped", "failed"), outcomes.stream().map(IngestOutcome::status).toList());
        assertTrue(((IngestOutcome.Failed) outcomes.get(1)).reason().contains("holds no .txt, .text, .html, .htm or .md files"));
    }
}

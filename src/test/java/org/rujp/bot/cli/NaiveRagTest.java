package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.rag.content.Content;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.index.MiniLmEmbedder;

/** The naive langchain4j RAG bench compares the bot with: raw pages split, embedded by the real model, nearest segments retrieved. */
class NaiveRagTest {
    private static MiniLmEmbedder model;

    @BeforeAll
    static void loadModel() {
        model = new MiniLmEmbedder();
    }

    @Test
    void retrievesTheNearestSegmentsOfThePagesButNotTheirReadme(@TempDir Path pages) throws IOException {
        Files.writeString(pages.resolve("ferry.txt"), "Select language\n\nThe ferry between Wakkanai and Korsakov resumed in June, "
                + "carrying tourists from Hokkaido to Sakhalin for the first time in five years.\n", StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("ballet.html"), "<p>The Bolshoi Ballet toured Tokyo and Osaka in the autumn, "
                + "with twelve performances of Swan Lake.</p>", StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("README.md"), "# Pages\nThese pages are about ferries and ballet.\n", StandardCharsets.UTF_8);

        NaiveRag rag = NaiveRag.over(pages, model.langchain4jModel());
        List<Content> found = rag.retrieve("Where did the ferry from Hokkaido go?");

        assertEquals(2, rag.documents());
        assertEquals(2, rag.segments());
        assertEquals(2, found.size(), "top " + NaiveRag.TOP_K + " of two segments");
        assertTrue(found.get(0).textSegment().text().contains("Korsakov"), found.get(0).textSegment().text());
    }

    @Test
    void splitsALongPageIntoSegmentsOfAtMostTheirSize(@TempDir Path pages) throws IOException {
        StringBuilder page = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            page.append("Sister city agreement number ").append(i).append(" was signed in ").append(1990 + i).append(". ");
        }
        Files.writeString(pages.resolve("cities.txt"), page.toString(), StandardCharsets.UTF_8);

        NaiveRag rag = NaiveRag.over(pages, model.langchain4jModel());

        assertTrue(rag.segments() >= page.length() / NaiveRag.SEGMENT_CHARS, "segments " + rag.segments());
        for (Content c : rag.retrieve("Which agreement was signed in 2001?")) {
            assertTrue(c.textSegment().text().length() <= NaiveRag.SEGMENT_CHARS, c.textSegment().text());
        }
    }

    @Test
    void aDirectoryWithoutPagesIsRefused(@TempDir Path pages) throws IOException {
        Files.writeString(pages.resolve("README.md"), "# nothing here\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> NaiveRag.over(pages, model.langchain4jModel()));
    }
}

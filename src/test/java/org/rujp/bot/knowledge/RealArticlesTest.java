package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The five source articles beside the project ({@code ../shared/articles}; from a worktree under
 * {@code wt/} one level further up) come out without their page furniture. Never skipped.
 */
class RealArticlesTest {
    private static final Path DIR = Fixtures.SHARED_ARTICLES;

    private static final List<String> FURNITURE = List.of(
            "Select language", "All news", "Updated at", "Главная", "Russkiy Mir Foundation /", "Photo credit", "kremlin.ru",
            "commons.wikimedia", "Igor Belyaev", "©", "Russkiy Mir", "News by subject", "Publications", "Marco Maggi",
            "BRICS Art", "Kazakhstan", "READ MORE", "Naval Drills", "Related posts", "Leave a Reply", "email address",
            "light rain", "sky is clear", "broken clouds", "HI/LO", "Clouds:", "Wind", "Humidity", "Pressure", "hPa", "\u2022",
            "Сторонняя реклама", "Статьи В", "Кемерово", "Партнёры", "MOSCOW, January 12", "/TASS/", "(Sputnik)");

    private static List<IngestedArticle> articles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertEquals(5, txt.size(), "expected the five source articles in " + DIR.toAbsolutePath());
            ArticleParser parser = new ArticleParser(IngestOptions.none());
            return txt.stream().map(p -> {
                try {
                    return parser.parse(p, Files.readAllBytes(p), Instant.EPOCH).article();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void noFurnitureIsLeftInAnyPassage() throws IOException {
        for (IngestedArticle article : articles()) {
            for (String passage : article.passages()) {
                for (String furniture : FURNITURE) {
                    assertFalse(passage.contains(furniture), () -> article.file() + " keeps '" + furniture + "' in: " + passage);
                }
                assertFalse(passage.contains(article.headline()), article.file() + " repeats its headline");
            }
        }
    }

    @Test
    void everyArticleGetsTheDateAndPublisherItsPageGives() throws IOException {
        List<IngestedArticle> articles = articles();
        assertEquals(List.of(LocalDate.of(2019, 7, 1), LocalDate.of(2021, 11, 22), LocalDate.of(2018, 1, 12),
                LocalDate.of(2019, 6, 10), LocalDate.of(2020, 7, 9)), articles.stream().map(IngestedArticle::published).toList());
        assertEquals(List.of("Russkiy Mir", "Russkiy Mir", "TASS", "TASS", "Sputnik"),
                articles.stream().map(IngestedArticle::publisher).toList());
        assertEquals(List.of("", "", "MOSCOW", "TOKYO", "TOKYO"), articles.stream().map(IngestedArticle::place).toList());
        assertTrue(articles.get(2).dateNote().contains("January 12"));
    }

    @Test
    void everyArticleBodyIsKeptFromItsFirstToItsLastParagraph() throws IOException {
        List<IngestedArticle> articles = articles();
        assertTrue(articles.get(0).passages().get(0).startsWith("The leaders of Russia and Japan agreed"));
        assertTrue(last(articles.get(0)).endsWith("will take part in the ceremony."));
        assertTrue(last(articles.get(3)).endsWith("are already being implemented."));
        assertTrue(articles.get(4).passages().get(0).startsWith("Japan is ready to continue efforts"));
        assertTrue(last(articles.get(4)).endsWith("Russian President Vladimir Putin."));
    }

    private static String last(IngestedArticle a) {
        return a.passages().get(a.passages().size() - 1);
    }
}

package org.rujp.bot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fixture article pages under src/test/resources/articles and the words of their furniture. */
final class Fixtures {
    static final Path DIR = Path.of("src", "test", "resources", "articles");
    static final Path FESTIVAL = DIR.resolve("ice-lantern-festival.txt");
    static final Path ROBOTICS = DIR.resolve("student-robotics-exchange.html");
    static final Path FERRY_RU = DIR.resolve("vladivostok-ferry-ru.txt");
    /** The fixture directory's own README: a project document, not an article. */
    static final Path README = DIR.resolve("README.md");

    /** The five source articles the curated knowledge is written from ({@code ../shared/articles}; from a worktree under {@code wt/} one level further up). */
    static final Path SHARED_ARTICLES = locateSharedArticles();

    /** Text that appears only in the fixtures' furniture, never in their article bodies. */
    static final List<String> FURNITURE = List.of(
            "Select language", "Выберите язык", "Все новости", "All news", "Home /", "Главная", "Updated at", "Обновлено",
            "Photo credit", "Фото:", "©", "Ivan Petrov", "Photo:", "READ MORE", "Читайте также", "News by subject",
            "Publications", "lacquerware", "Kyoto temple", "Related posts", "pelmeni", "Leave a Reply", "email address",
            "Комментарии", "давно ждали", "light snow", "light rain", "HI/LO", "Clouds:", "Wind:", "Humidity", "Pressure",
            "hPa", "\u2022", "Сторонняя реклама", "Реклама", "Партнёры", "Статьи В", "Advertisement", "cheap flights",
            "Share:", "Telegram Facebook", "Example Wire", "Example Daily", "English Русский");

    private Fixtures() {
    }

    private static Path locateSharedArticles() {
        Path dir = Path.of("").toAbsolutePath().getParent();
        for (int up = 0; dir != null && up < 3; up++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve("articles"))) {
                return dir.resolve("shared").resolve("articles");
            }
        }
        return Path.of("..", "shared", "articles");
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture into a directory (tests ingest copies, never the resources themselves). */
    static Path copy(Path fixture, Path dir) {
        try {
            return Files.copy(fixture, dir.resolve(fixture.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.rujp.bot.knowledge;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One raw file to ingest.
 *
 * @param path the file
 * @param named true when the operator named the file itself, false when a directory walk found it; a
 *              found file that turns out not to be an article is skipped, a named one fails
 */
public record ArticleFile(Path path, boolean named) {
    public ArticleFile {
        Objects.requireNonNull(path, "path");
    }

    public static ArticleFile named(Path path) {
        return new ArticleFile(path, true);
    }

    public static ArticleFile found(Path path) {
        return new ArticleFile(path, false);
    }
}

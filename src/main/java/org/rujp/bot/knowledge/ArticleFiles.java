package org.rujp.bot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the paths given to {@code ingest} into the files to ingest.
 *
 * <ul>
 *   <li>a file is taken as named, whatever its name;</li>
 *   <li>a directory is walked recursively for files ending .txt, .text, .html, .htm or .md, in a stable
 *       order; of those, a project document (README, LICENSE, CHANGELOG, ... by the part of its name
 *       before the first dot) and a hidden file or directory (name starting with '.', like editor and
 *       macOS side files) are skipped with the reason, never parsed;</li>
 *   <li>a path that is neither, or a directory without any such file, fails.</li>
 * </ul>
 */
public final class ArticleFiles {
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "md");

    /** Names (before the first dot, any case) of the documents that travel with a collection of files but are not articles. */
    static final Set<String> DOCUMENT_NAMES = Set.of("readme", "license", "licence", "copying", "notice", "changelog", "changes",
            "authors", "contributors", "contributing", "code_of_conduct", "code-of-conduct", "security", "todo");

    private ArticleFiles() {
    }

    /** The files under the paths; what is skipped or fails on the way is added to {@code outcomes}. */
    public static List<ArticleFile> find(List<Path> paths, List<IngestOutcome> outcomes) {
        List<ArticleFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.add(ArticleFile.named(path));
            } else if (Files.isDirectory(path)) {
                walk(path, files, outcomes);
            } else {
                outcomes.add(new IngestOutcome.Failed(path, path + ": no such file or directory"));
            }
        }
        return files;
    }

    private static void walk(Path dir, List<ArticleFile> files, List<IngestOutcome> outcomes) {
        List<Path> candidates = new ArrayList<>();
        List<IngestOutcome> skipped = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path sub, BasicFileAttributes attrs) {
                    if (!sub.equals(dir) && isHidden(sub)) {
                        skipped.add(new IngestOutcome.Skipped(sub, "hidden directory, not searched"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && hasArticleExtension(file)) {
                        candidates.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            outcomes.add(new IngestOutcome.Failed(dir, dir + ": cannot be listed: " + e.getMessage()));
            return;
        }
        if (candidates.isEmpty()) {
            outcomes.addAll(skipped);
            outcomes.add(new IngestOutcome.Failed(dir, dir + ": directory holds no .txt, .text, .html, .htm or .md files"));
            return;
        }
        candidates.sort(null);
        for (Path file : candidates) {
            String name = file.getFileName().toString();
            if (isHidden(file)) {
                skipped.add(new IngestOutcome.Skipped(file, "hidden file, not an article"));
            } else if (isDocument(name)) {
                skipped.add(new IngestOutcome.Skipped(file, "not an article: " + name + " is a project document by its name "
                        + "(README, LICENSE, CHANGELOG, ...); name the file itself to ingest it"));
            } else {
                files.add(ArticleFile.found(file));
            }
        }
        skipped.sort((a, b) -> a.file().compareTo(b.file()));
        outcomes.addAll(skipped);
    }

    static boolean hasArticleExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** README.md, readme.txt, LICENSE.txt, CHANGELOG.md, README.ru.md; not readme-notes.txt or news.html. */
    static boolean isDocument(String fileName) {
        int dot = fileName.indexOf('.');
        String stem = (dot < 0 ? fileName : fileName.substring(0, dot)).toLowerCase(Locale.ROOT);
        return DOCUMENT_NAMES.contains(stem);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}

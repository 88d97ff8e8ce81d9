package org.rujp.bot.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rujp.bot.InvalidFileException;
import org.rujp.bot.knowledge.IngestedArticles;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.JdbcSharedArticles;

/**
 * The ingested articles of one data directory ({@code DATA_DIR/ingested/}) kept in step with those shared
 * through a PostgreSQL store: {@code ingest} publishes what it added, replaced or removed; a {@code serve}
 * replica pulls the shared articles into its own directory, where the usual loader and index cache read
 * them. Articles travel as the very JSON files ingestion writes.
 */
public final class SharedKnowledge {
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final IngestedArticles local;
    private final JdbcSharedArticles shared;

    public SharedKnowledge(Path dataDir, Database db) {
        this.local = IngestedArticles.in(dataDir);
        this.shared = new JdbcSharedArticles(db);
    }

    /** What a pull did: the version it brought the directory to, and how many files it wrote or deleted. */
    public record Pulled(long version, int written, int deleted) {
    }

    /**
     * Shares the local copies of {@code stored} (added, replaced, or unchanged but perhaps never shared) and
     * removes {@code removed}, raising the knowledge version once if any of them is different from what is shared.
     *
     * @return what changed, or empty when nothing did
     */
    public Optional<JdbcSharedArticles.Change> publish(Collection<String> stored, Collection<String> removed) {
        Map<String, Optional<String>> changes = new LinkedHashMap<>();
        for (String id : stored) {
            Path file = local.fileOf(id);
            try {
                changes.put(id, Optional.of(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new InvalidFileException(file, 0, "cannot be read to share it with the other replicas: " + e.getMessage(), e);
            }
        }
        removed.forEach(id -> changes.put(id, Optional.empty()));
        return changes.isEmpty() ? Optional.empty() : shared.change(changes);
    }

    /** The shared knowledge version (cheap: one row). */
    public long version() {
        return shared.version();
    }

    /**
     * Writes every shared article whose local copy differs (atomically) and deletes the local copy of every
     * removed one; the directory's articles that were never shared are left as they are.
     */
    public Pulled pull() {
        JdbcSharedArticles.Snapshot snapshot = shared.snapshot();
        int written = 0;
        int deleted = 0;
        for (JdbcSharedArticles.Shared article : snapshot.articles()) {
            if (!SOURCE_ID.matcher(article.sourceId()).matches()) {
                continue; // ingestion never makes such an id; never let one name a path outside the directory
            }
            Path file = local.fileOf(article.sourceId());
            try {
                if (article.json().isEmpty()) {
                    deleted += Files.deleteIfExists(file) ? 1 : 0;
                } else if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(article.json().get())) {
                    write(file, article.json().get());
                    written++;
                }
            } catch (IOException e) {
                throw new InvalidFileException(file, 0, "cannot be updated from the shared articles: " + e.getMessage(), e);
            }
        }
        return new Pulled(snapshot.version(), written, deleted);
    }

    private void write(Path file, String json) throws IOException {
        Files.createDirectories(local.dir());
        Path tmp = Files.createTempFile(local.dir(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package org.rujp.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ingested articles shared by the replicas of one store ({@code ingested_articles}) and the knowledge
 * version they watch ({@code knowledge_version}). A change stores or removes articles and raises the version
 * in one transaction, and only when some article is really different, so re-running ingest costs no reload; a removed article keeps its row with no article, so that a replica that had it
 * deletes its copy, while a replica's own articles that were never shared are left alone.
 */
public final class JdbcSharedArticles {
    /** One shared article: its source id and its stored JSON, empty once removed. */
    public record Shared(String sourceId, Optional<String> json) {
    }

    /** The version read first, then every row (a change landing in between shows as a higher version next time). */
    public record Snapshot(long version, List<Shared> articles) {
    }

    private final Database db;

    public JdbcSharedArticles(Database db) {
        this.db = db;
    }

    /** What a change did: the knowledge version it raised to, and how many articles it stored and removed. */
    public record Change(long version, int stored, int removed) {
    }

    /**
     * Stores the articles given with their JSON and removes those given empty, in one transaction that raises
     * the knowledge version; an article stored as it already is, or removed again, is no change.
     *
     * @return what changed, or empty when nothing did (the version stays)
     */
    public Optional<Change> change(Map<String, Optional<String>> changes) {
        return db.inTransaction("sharing " + changes.size() + " ingested article(s)", c -> {
            Map<String, Optional<String>> real = new LinkedHashMap<>();
            for (Map.Entry<String, Optional<String>> e : changes.entrySet()) {
                // no row yet counts as a change, a removal too: recorded, so that any copy under that id goes as well
                Optional<Optional<String>> now = stored(c, e.getKey());
                if (now.isEmpty() || !now.get().equals(e.getValue())) {
                    real.put(e.getKey(), e.getValue());
                }
            }
            if (real.isEmpty()) {
                return Optional.<Change>empty();
            }
            long version = raise(c);
            int stored = 0;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO ingested_articles (source_id, article, version)"
                    + " VALUES (?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET article = excluded.article,"
                    + " version = excluded.version")) {
                for (Map.Entry<String, Optional<String>> e : real.entrySet()) {
                    s.setString(1, e.getKey());
                    s.setString(2, e.getValue().orElse(null));
                    s.setLong(3, version);
                    s.executeUpdate();
                    stored += e.getValue().isPresent() ? 1 : 0;
                }
            }
            return Optional.of(new Change(version, stored, real.size() - stored));
        });
    }

    /** The row of {@code sourceId}: empty when there is none, else its article (empty once removed). */
    private static Optional<Optional<String>> stored(Connection c, String sourceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT article FROM ingested_articles WHERE source_id = ?")) {
            s.setString(1, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Optional.ofNullable(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Raises the version; the row's lock makes concurrent changes take their turns. */
    private static long raise(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE knowledge_version SET version = version + 1 WHERE id = 1")) {
            s.executeUpdate();
        }
        return version(c);
    }

    private static long version(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM knowledge_version WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The knowledge version: 0 until something was shared. */
    public long version() {
        return db.query("reading the knowledge version", JdbcSharedArticles::version);
    }

    /** The version and every shared article, removed ones included, by source id. */
    public Snapshot snapshot() {
        return db.query("reading the shared ingested articles", c -> {
            long version = version(c);
            List<Shared> articles = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT source_id, article FROM ingested_articles ORDER BY source_id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    articles.add(new Shared(rs.getString(1), Optional.ofNullable(rs.getString(2))));
                }
            }
            return new Snapshot(version, articles);
        });
    }
}

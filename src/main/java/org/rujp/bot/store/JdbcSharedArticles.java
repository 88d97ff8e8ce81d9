package org.rujp.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ingested articles shared by the replicas of one store ({@code ingested_articles}) and the knowledge
 * version they watch ({@code knowledge_version}). A change stores or removes articles and raises the version
 * in one transaction; a removed article keeps its row with no article, so that a replica that had it
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

    /**
     * Stores the articles given with their JSON and removes those given empty, in one transaction that raises
     * the knowledge version.
     *
     * @return the new knowledge version
     */
    public long change(Map<String, Optional<String>> changes) {
        return db.inTransaction("sharing " + changes.size() + " ingested article(s)", c -> {
            long version = raise(c);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO ingested_articles (source_id, article, version)"
                    + " VALUES (?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET article = excluded.article,"
                    + " version = excluded.version")) {
                for (Map.Entry<String, Optional<String>> e : changes.entrySet()) {
                    s.setString(1, e.getKey());
                    s.setString(2, e.getValue().orElse(null));
                    s.setLong(3, version);
                    s.executeUpdate();
                }
            }
            return version;
        });
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

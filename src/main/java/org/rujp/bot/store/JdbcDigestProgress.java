package org.rujp.bot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Digest progress in the {@code digest_catalog}, {@code digest_progress} and {@code digest_sent_facts} tables. */
public final class JdbcDigestProgress implements DigestProgress {
    private final Database db;

    private final ChatIds ids;

    public JdbcDigestProgress(Database db) {
        this.db = db;
        this.ids = ChatIds.of(db);
    }

    @Override
    public int registerKnowledge(Collection<String> factIds, String knowledgeVersion, Instant at) {
        return db.inTransaction("registering the knowledge version " + knowledgeVersion, c -> {
            boolean first;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM digest_catalog");
                 ResultSet rs = s.executeQuery()) {
                first = rs.next() && rs.getLong(1) == 0;
            }
            long seen = first ? 0 : at.toEpochMilli();
            int added = 0;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO digest_catalog (fact_id, first_seen_at, knowledge_version)"
                    + " VALUES (?, ?, ?) ON CONFLICT (fact_id) DO NOTHING")) {
                for (String id : factIds) {
                    s.setString(1, id);
                    s.setLong(2, seen);
                    s.setString(3, knowledgeVersion);
                    added += s.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public Map<String, Instant> firstSeen() {
        return db.query("reading the digest catalog", c -> {
            Map<String, Instant> result = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT fact_id, first_seen_at FROM digest_catalog");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
                }
            }
            return result;
        });
    }

    @Override
    public ChatProgress of(long chatId) {
        return db.query("reading the digest progress of chat " + chatId, c -> {
            Map<String, Integer> times = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT fact_id, times FROM digest_sent_facts WHERE chat_id = ?")) {
                s.setLong(1, ids.seal(chatId));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        times.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            Optional<Instant> last = Optional.empty();
            Optional<String> version = Optional.empty();
            try (PreparedStatement s = c.prepareStatement("SELECT last_digest_at, knowledge_version FROM digest_progress"
                    + " WHERE chat_id = ?")) {
                s.setLong(1, ids.seal(chatId));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        last = Optional.of(Instant.ofEpochMilli(rs.getLong(1)));
                        version = Optional.ofNullable(rs.getString(2));
                    }
                }
            }
            return new ChatProgress(chatId, times, last, version);
        });
    }
}

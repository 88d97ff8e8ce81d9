package org.rujp.bot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The update ledger in the SQLite store: handled update ids with the time they were handled in
 * {@code handled_updates}, the highest id ever handled in {@code polling_state}. Claiming is one
 * {@code INSERT OR IGNORE}, so two threads (or a restarted process) never both handle an update. Ids
 * older than {@link #KEEP} are pruned at most once an hour while claiming: Telegram does not redeliver
 * updates older than 24 hours.
 */
public final class SqliteUpdateLedger implements UpdateLedger {
    public static final Duration KEEP = Duration.ofHours(48);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final Database db;
    private final Clock clock;
    private Instant lastPrune = Instant.EPOCH;

    public SqliteUpdateLedger(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean claim(long updateId) {
        Instant now = clock.instant();
        boolean claimed = db.inTransaction("claiming update " + updateId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR IGNORE INTO handled_updates (update_id, handled_ms) VALUES (?, ?)")) {
                s.setLong(1, updateId);
                s.setLong(2, now.toEpochMilli());
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO polling_state (id, last_update_id) VALUES (1, ?)
                    ON CONFLICT (id) DO UPDATE SET last_update_id = max(last_update_id, excluded.last_update_id)""")) {
                s.setLong(1, updateId);
                s.executeUpdate();
            }
            return true;
        });
        if (claimed && shouldPrune(now)) {
            prune();
        }
        return claimed;
    }

    private synchronized boolean shouldPrune(Instant now) {
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0) {
            return false;
        }
        lastPrune = now;
        return true;
    }

    @Override
    public OptionalLong lastUpdateId() {
        return db.query("reading the last update id", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT last_update_id FROM polling_state WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        });
    }

    /** Forgets handled ids older than {@link #KEEP}; the last update id is kept. Returns how many. */
    public int prune() {
        long cutoff = clock.instant().minus(KEEP).toEpochMilli();
        return db.inTransaction("pruning handled updates", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM handled_updates WHERE handled_ms < ?")) {
                s.setLong(1, cutoff);
                return s.executeUpdate();
            }
        });
    }
}

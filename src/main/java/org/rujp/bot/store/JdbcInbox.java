package org.rujp.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@link UpdateInbox} in the store, SQLite or PostgreSQL (table {@code inbox}, migration V4). Every statement is
 * plain SQL that PostgreSQL runs too: receiving is an insert that ignores a conflict on the update id (a batch of
 * updates, with the claims of its ready ones, in one transaction),
 * claiming a conditional UPDATE (not done, no live lease, no earlier unfinished update of the lane; on
 * PostgreSQL through {@code SELECT ... FOR UPDATE SKIP LOCKED}, so replicas never wait on each other's claims).
 * The lane is the chat's keyed hash, never the raw chat id. Done rows keep only their id and outcome,
 * and are pruned after {@link #KEEP} (Telegram redelivers nothing older than a day).
 */
public final class JdbcInbox implements UpdateInbox {
    public static final Duration KEEP = Duration.ofHours(48);
    /** Takes the update when it is not done, nobody holds a live lease on it and its lane has no earlier one open. */
    private static final String CLAIM = """
            UPDATE inbox SET claimed_by = ?, lease_until_ms = ?, attempts = attempts + 1
            WHERE update_id = ? AND state = 'pending'
              AND (claimed_by IS NULL OR lease_until_ms < ? OR claimed_by = ?)
              AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.lane = inbox.lane AND e.state = 'pending'
                              AND e.update_id < inbox.update_id)""";
    /**
     * The same on PostgreSQL, where replicas claim at once: the row is locked with SKIP LOCKED, so a replica
     * whose claim meets another's in flight gives up at once instead of queueing behind it.
     */
    private static final String CLAIM_SKIP_LOCKED = """
            UPDATE inbox SET claimed_by = ?, lease_until_ms = ?, attempts = attempts + 1
            WHERE update_id = (SELECT i.update_id FROM inbox i WHERE i.update_id = ? AND i.state = 'pending'
                                 AND (i.claimed_by IS NULL OR i.lease_until_ms < ? OR i.claimed_by = ?)
                                 AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.lane = i.lane AND e.state = 'pending'
                                                 AND e.update_id < i.update_id)
                               FOR UPDATE OF i SKIP LOCKED)""";
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final Database db;
    private final Clock clock;
    private final Pseudonyms pseudonyms;
    private Instant lastPrune = Instant.EPOCH;

    public JdbcInbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.pseudonyms = Pseudonyms.load(db);
    }

    @Override
    public boolean receive(long updateId, long chatId, String payload) {
        return receiveAll(List.of(new Received(updateId, chatId, payload)), null, DEFAULT_LEASE).get(0).fresh();
    }

    /**
     * One transaction for the whole batch: each update is inserted (a conflict on its id drops it as a redelivery),
     * then each fresh one is claimed for {@code worker} by the same conditional UPDATE as {@link #claim}, which sees
     * the rows just inserted, so a second update of a chat in the batch waits for the first.
     */
    @Override
    public List<Receipt> receiveAll(List<Received> updates, String worker, Duration lease) {
        if (updates.isEmpty()) {
            return List.of();
        }
        long now = clock.millis();
        List<Receipt> receipts = db.inTransaction(updates.size() == 1 ? "storing update " + updates.get(0).updateId()
                : "storing " + updates.size() + " updates", c -> {
            boolean[] fresh = new boolean[updates.size()];
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO inbox (update_id, lane, payload, received_ms) VALUES (?, ?, ?, ?)
                    ON CONFLICT (update_id) DO NOTHING""")) {
                for (int i = 0; i < updates.size(); i++) {
                    Received r = updates.get(i);
                    s.setLong(1, r.updateId());
                    s.setString(2, pseudonyms.of("telegram", Long.toString(r.chatId())));
                    s.setString(3, r.payload());
                    s.setLong(4, now);
                    fresh[i] = s.executeUpdate() == 1;
                }
            }
            List<Receipt> out = new ArrayList<>(updates.size());
            for (int i = 0; i < updates.size(); i++) {
                Received r = updates.get(i);
                boolean claimed = fresh[i] && worker != null && claim(c, r.updateId(), worker, lease, now);
                // A claim on an update inserted just now is its first attempt, with nothing sent or logged yet.
                out.add(new Receipt(r.updateId(), fresh[i],
                        claimed ? Optional.of(new Pending(r.updateId(), r.payload(), 1, 0, 0)) : Optional.empty()));
            }
            return out;
        });
        if (shouldPrune(Instant.ofEpochMilli(now))) {
            prune();
        }
        return receipts;
    }

    @Override
    public OptionalLong lastUpdateId() {
        return db.query("reading the last update id", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT max(id) FROM (SELECT max(update_id) AS id FROM inbox
                                         UNION ALL SELECT last_update_id AS id FROM polling_state WHERE id = 1) ids""");
                 ResultSet rs = s.executeQuery()) {
                long id = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
            }
        });
    }

    @Override
    public Optional<Pending> claim(long updateId, String worker, Duration lease) {
        long now = clock.millis();
        return db.inTransaction("claiming update " + updateId, c -> {
            if (!claim(c, updateId, worker, lease, now)) {
                return Optional.empty();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT update_id, payload, attempts, sent, turn_id FROM inbox WHERE update_id = ?")) {
                s.setLong(1, updateId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return Optional.of(pending(rs));
                }
            }
        });
    }

    private boolean claim(Connection c, long updateId, String worker, Duration lease, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(db.postgres() ? CLAIM_SKIP_LOCKED : CLAIM)) {
            s.setString(1, worker);
            s.setLong(2, now + lease.toMillis());
            s.setLong(3, updateId);
            s.setLong(4, now);
            s.setString(5, worker);
            return s.executeUpdate() == 1;
        }
    }

    @Override
    public void recordSent(long updateId, int sent) {
        db.inTransaction("recording a reply to update " + updateId + " as sent", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE inbox SET sent = ? WHERE update_id = ? AND sent < ?")) {
                s.setInt(1, sent);
                s.setLong(2, updateId);
                s.setInt(3, sent);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void recordTurn(long updateId, long turnId) {
        db.inTransaction("noting the turn of update " + updateId, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE inbox SET turn_id = ? WHERE update_id = ?")) {
                s.setLong(1, turnId);
                s.setLong(2, updateId);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void finish(long updateId, String outcome) {
        finishAll(List.of(new Finished(updateId, outcome)));
    }

    @Override
    public void finishAll(List<Finished> done) {
        if (done.isEmpty()) {
            return;
        }
        long now = clock.millis();
        db.inTransaction(done.size() == 1 ? "finishing update " + done.get(0).updateId()
                : "finishing " + done.size() + " updates", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE inbox SET state = 'done', payload = NULL, claimed_by = NULL, lease_until_ms = NULL,
                                     done_ms = ?, outcome = ?
                    WHERE update_id = ?""")) {
                for (Finished f : done) {
                    s.setLong(1, now);
                    s.setString(2, f.outcome());
                    s.setLong(3, f.updateId());
                    s.addBatch();
                }
                return s.executeBatch().length;
            }
        });
    }

    @Override
    public List<Pending> unfinished(int limit) {
        long now = clock.millis();
        return db.query("reading unfinished updates", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT update_id, payload, attempts, sent, turn_id FROM inbox
                    WHERE state = 'pending' AND (claimed_by IS NULL OR lease_until_ms < ?)
                    ORDER BY update_id LIMIT ?""")) {
                s.setLong(1, now);
                s.setInt(2, limit);
                List<Pending> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(pending(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int releaseClaims(String workerPrefix) {
        return db.inTransaction("releasing claims of " + workerPrefix, c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE inbox SET claimed_by = NULL, lease_until_ms = NULL
                    WHERE state = 'pending' AND substr(claimed_by, 1, ?) = ?""")) {
                s.setInt(1, workerPrefix.length());
                s.setString(2, workerPrefix);
                return s.executeUpdate();
            }
        });
    }

    /** Deletes done updates older than {@link #KEEP}, keeping the highest id for resuming. Returns how many. */
    public int prune() {
        long cutoff = clock.instant().minus(KEEP).toEpochMilli();
        return db.inTransaction("pruning the inbox", c -> {
            long last;
            try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(update_id), 0) FROM inbox");
                 ResultSet rs = s.executeQuery()) {
                last = rs.next() ? rs.getLong(1) : 0;
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO polling_state (id, last_update_id) VALUES (1, ?)
                    ON CONFLICT (id) DO UPDATE SET last_update_id = excluded.last_update_id
                    WHERE excluded.last_update_id > polling_state.last_update_id""")) {
                s.setLong(1, last);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM inbox WHERE state = 'done' AND done_ms < ?")) {
                s.setLong(1, cutoff);
                return s.executeUpdate();
            }
        });
    }

    private synchronized boolean shouldPrune(Instant now) {
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0) {
            return false;
        }
        lastPrune = now;
        return true;
    }

    private static Pending pending(ResultSet rs) throws java.sql.SQLException {
        return new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5));
    }
}

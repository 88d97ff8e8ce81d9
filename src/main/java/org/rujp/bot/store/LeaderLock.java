package org.rujp.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A role that one process of a PostgreSQL store holds at a time among all replicas ("digest-sender",
 * "poller"): a session advisory lock, {@code pg_try_advisory_lock(class, hashtext(role))}, on a connection
 * of its own that stays open while it is held. The server releases it when that connection ends, however
 * the process ends (a {@code kill -9} closes the socket), so a replica's {@link #tryHold} takes it over
 * at its next try. The SQLite file has {@link SenderLock} instead (one machine, the file lock).
 */
public final class LeaderLock implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LeaderLock.class);
    private static final int LOCK_CLASS = 1381589584; // the application id the SQLite file carries too

    private final Database db;
    private final String role;
    private Connection held;

    private LeaderLock(Database db, String role) {
        this.db = db;
        this.role = role;
    }

    /** The lock of {@code role} on {@code db}, not yet taken. */
    public static LeaderLock of(Database db, String role) {
        if (!db.postgres()) {
            throw new IllegalArgumentException("a leader lock needs the PostgreSQL store; the SQLite file has SenderLock");
        }
        return new LeaderLock(db, role);
    }

    /**
     * True when this process holds the role: still (its connection is alive), or newly taken now.
     *
     * @throws StoreException when the server cannot be reached (the role is not held then)
     */
    public synchronized boolean tryHold() {
        if (held != null) {
            try {
                if (held.isValid(5)) {
                    return true;
                }
            } catch (SQLException e) {
                // treated as lost below
            }
            log.warn("{}: the connection holding the {} role was lost; trying to take it again", db.name(), role);
            closeHeld();
        }
        Connection c = db.dedicatedConnection();
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
            s.setInt(1, LOCK_CLASS);
            s.setString(2, role);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    held = c;
                    log.info("{}: this process now holds the {} role", db.name(), role);
                    return true;
                }
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(db.name() + ": taking the " + role + " role failed: " + Database.describe(e), e);
        }
        closeQuietly(c);
        return false;
    }

    /** Whether the role was held at the last {@link #tryHold}. */
    public synchronized boolean held() {
        return held != null;
    }

    public String role() {
        return role;
    }

    @Override
    public synchronized void close() {
        closeHeld();
    }

    private void closeHeld() {
        if (held != null) {
            closeQuietly(held); // ending the session releases the advisory lock
            held = null;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the session is gone either way
        }
    }
}

package org.rujp.bot.store;

import java.nio.file.Path;
import java.time.Clock;
import org.rujp.bot.config.Settings;

/**
 * The opened store (the SQLite file, or PostgreSQL when {@code store.url} is set) with its parts, wired once for every channel (console, Telegram): the
 * database, the conversation log and the update inbox. Closing it stops the retention job (if
 * started) and closes the database.
 */
public final class Store implements AutoCloseable {
    private final Database database;
    private final JdbcConversationLog log;
    private final JdbcInbox inbox;
    private final Settings settings;
    private final Clock clock;
    private RetentionJob retention;

    private Store(Database database, JdbcConversationLog log, Settings settings, Clock clock) {
        this.database = database;
        this.log = log;
        this.inbox = new JdbcInbox(database, clock);
        this.settings = settings;
        this.clock = clock;
    }

    /** Opens {@code store.file} (relative to the data directory) with the system clock. */
    public static Store open(Settings settings) {
        return open(settings, Clock.systemUTC());
    }

    public static Store open(Settings settings, Clock clock) {
        Database db = Database.open(settings.store(), file(settings));
        try {
            return new Store(db, new JdbcConversationLog(db, settings.store().pseudonymousIds()),
                    settings, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Where the database file is: {@code store.file}, resolved against the data directory unless absolute. */
    public static Path file(Settings settings) {
        return settings.dataDir().resolve(settings.store().file());
    }

    /** Starts deleting turns older than {@code store.retention}: now, then daily. */
    public synchronized RetentionJob startRetention() {
        if (retention == null) {
            retention = new RetentionJob(log::purgeOlderThan, settings.store().retention(), clock).start();
        }
        return retention;
    }

    /** Empty when the database answers a trivial query now, else why it does not (for {@code GET /healthz}). */
    public java.util.Optional<String> unreachable() {
        try {
            database.query("checking that the store answers", c -> {
                try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT 1")) {
                    return rs.next();
                }
            });
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.of("not reachable: " + e.getMessage());
        }
    }

    public Database database() {
        return database;
    }

    public JdbcConversationLog log() {
        return log;
    }

    /** The Telegram update inbox. */
    public JdbcInbox inbox() {
        return inbox;
    }

    @Override
    public synchronized void close() {
        if (retention != null) {
            retention.close();
        }
        database.close();
    }
}

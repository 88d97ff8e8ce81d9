package org.rujp.bot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one SQLite file of the bot (log, subscriptions, deliveries, polling state, evaluation runs),
 * opened in WAL mode with a busy timeout, its schema brought up to date by numbered migrations
 * ({@code db/V1.sql}, {@code db/V2.sql}, ... on the class path) applied in order at start-up, each in
 * its own transaction. {@code PRAGMA user_version} records the version reached.
 *
 * <p>Migration numbers: V1 conversation log, feedback and polling state; V2 subscriptions and
 * deliveries; V3 evaluation runs; V4 the Telegram update inbox; V5 the sources evaluated answers cited. New ones append; a released migration
 * is never edited.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int APPLICATION_ID = 1381589584; // marks the file as ours (PRAGMA application_id)

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) and migrates the database file. */
    public static Database open(Path file) {
        return open(file, latestVersion());
    }

    /** Opens and migrates up to {@code targetVersion} only (tests of migrations from earlier versions). */
    public static Database open(Path file, int targetVersion) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name is in the way"
                    : e.getClass().getSimpleName() + " " + e.getMessage();
            throw new StoreException(file + ": cannot create the data directory " + file.toAbsolutePath().getParent()
                    + " (" + why + ")", e);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": is a directory, not a database file; point store.file elsewhere");
        }
        boolean existed = Files.exists(file);
        Connection c;
        try {
            Properties props = new Properties();
            props.setProperty("busy_timeout", "5000");
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the database: " + describe(e), e);
        }
        Database db = new Database(file, c);
        try {
            if (existed) {
                db.checkOwnership();
            }
            db.configure();
            db.migrate(targetVersion);
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(file + ": " + describe(e), e);
        }
    }

    /**
     * Reads the header of an existing file before anything is written to it: a corrupt file, another
     * application's database or a schema newer than this bot are refused and left exactly as they were.
     */
    private void checkOwnership() throws SQLException {
        int id = pragmaInt("application_id");
        int version = pragmaInt("user_version");
        if (id != APPLICATION_ID && (version != 0 || hasTables())) {
            throw new StoreException(file + ": is an SQLite database of another application (application_id "
                    + id + ", user_version " + version + "); refusing to change it. Point store.file or --data-dir elsewhere.");
        }
        if (version > latestVersion()) {
            throw new StoreException(file + ": schema version " + version + " is newer than this bot knows ("
                    + latestVersion() + "); upgrade the bot or point store.file elsewhere. The file was not changed.");
        }
    }

    private void configure() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=5000");
            if (pragmaInt("application_id") != APPLICATION_ID) {
                s.execute("PRAGMA application_id=" + APPLICATION_ID);
            }
        }
    }

    private int pragmaInt(String pragma) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private boolean hasTables() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type='table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private void migrate(int target) throws SQLException {
        int current = version(); // never above latestVersion(): checkOwnership refused such files
        for (int v = current + 1; v <= target; v++) {
            String sql = migrationSql(v);
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String statement : splitStatements(sql)) {
                    s.execute(statement);
                }
                s.execute("PRAGMA user_version=" + v);
                connection.commit();
                log.info("Database {} migrated to version {}", file, v);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw new StoreException(file + ": migration V" + v + " failed: " + describe(e), e);
            } finally {
                restoreAutoCommit(); // a failed COMMIT here would hide the migration's own error
            }
        }
    }

    /** The schema version of the open file. */
    public int version() {
        try {
            return pragmaInt("user_version");
        } catch (SQLException e) {
            throw new StoreException(file + ": " + describe(e), e);
        }
    }

    /** The highest migration on the class path. */
    public static int latestVersion() {
        int v = 0;
        while (Database.class.getResource("/db/V" + (v + 1) + ".sql") != null) {
            v++;
        }
        return v;
    }

    private static String migrationSql(int version) {
        try (InputStream in = Database.class.getResourceAsStream("/db/V" + version + ".sql")) {
            if (in == null) {
                throw new StoreException("migration db/V" + version + ".sql is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration db/V" + version + ".sql", e);
        }
    }

    /** Splits a migration script at semicolons that end a line (no semicolons inside triggers here). */
    static List<String> splitStatements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    public Path file() {
        return file;
    }

    /**
     * The connection. SQLite serialises writers; callers that share one {@code Database} across threads
     * synchronise on it ({@code synchronized (db) { ... }}), or use {@link #inTransaction} and {@link #query},
     * which do.
     */
    public Connection connection() {
        return connection;
    }

    /** Work against the connection; may throw {@link SQLException}, which the caller translates. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it throws.
     * Serialised with every other use of this database.
     *
     * @param what names the operation in the error message ("recording a turn")
     */
    public synchronized <T> T inTransaction(String what, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + what + " failed: " + describe(e), e);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException(file + ": " + what + " failed: " + describe(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    /** Runs read-only {@code work}, serialised with every other use of this database. */
    public synchronized <T> T query(String what, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + what + " failed: " + describe(e), e);
        }
    }

    /**
     * Reads the whole file through SQLite's {@code PRAGMA quick_check}, for a command that must not take a
     * damaged store for an empty one.
     *
     * @throws StoreException naming the file, as for a file that cannot be opened
     */
    public void checkIntegrity() {
        String verdict = query("checking the database", c -> {
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
        if (!"ok".equalsIgnoreCase(verdict)) {
            throw new StoreException(file + ": is not a valid SQLite database or is corrupt (quick_check: " + verdict
                    + "); move it aside to start a new one");
        }
    }

    /** Rolls back; SQLite has already rolled back by itself after some errors (SQLITE_FULL), which is fine. */
    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.debug("Rolling back on {}: {}", file, e.getMessage());
        }
    }

    /** Back to auto-commit; the driver sets the mode before its COMMIT, which fails harmlessly after a rollback. */
    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            log.debug("Restoring auto-commit on {}: {}", file, e.getMessage());
        }
    }

    /** A clear sentence for the common SQLite failures: corrupt file, read-only, disk full. */
    public static String describe(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database") || m.contains("SQLITE_CORRUPT") || m.contains("malformed")) {
            return "is not a valid SQLite database or is corrupt (" + m + "); move it aside to start a new one";
        }
        if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
            return "is read-only (" + m + "); check the permissions of the data directory";
        }
        if (m.contains("SQLITE_FULL") || m.contains("disk is full")) {
            return "cannot be written: the disk is full (" + m + ")";
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return "cannot be opened (" + m + "); check that the data directory exists and is writable";
        }
        return m;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing {} failed: {}", file, e.getMessage());
        }
    }
}

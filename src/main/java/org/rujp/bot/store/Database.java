package org.rujp.bot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import com.zaxxer.hikari.HikariDataSource;
import org.rujp.bot.config.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one SQLite file of the bot (log, subscriptions, deliveries, polling state, evaluation runs),
 * opened in WAL mode with a busy timeout, its schema brought up to date at start-up by Flyway from the
 * migrations in {@code db/sqlite/} on the class path ({@code V1__conversation_log.sql}, ...), each in its
 * own transaction. Flyway's {@code flyway_schema_history} table records what was applied; {@code PRAGMA
 * user_version} still records the version reached, so that a file written before Flyway took over (which
 * has only {@code user_version}) is baselined at its version and upgraded from there, and an older bot
 * still refuses a file newer than it knows.
 *
 * <p>Migration numbers: V1 conversation log, feedback and polling state; V2 subscriptions and
 * deliveries; V3 evaluation runs; V4 the Telegram update inbox; V5 the sources evaluated answers cited; V6 the ingested articles shared by replicas and the knowledge version; V7 the in-flight and uncertain states of digest deliveries. New ones append; a released migration
 * is never edited.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int APPLICATION_ID = 1381589584; // marks the file as ours (PRAGMA application_id)
    private static final String SQLITE_MIGRATIONS = "classpath:db/sqlite";

    private final Path file;
    private final String name;
    private final Connection connection; // SQLite: the one connection, every use serialised on this object
    private final HikariDataSource pool; // PostgreSQL: a connection per transaction
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.name = file.toString();
        this.connection = connection;
        this.pool = null;
    }

    Database(Path keyAnchor, String name, HikariDataSource pool) {
        this.file = keyAnchor;
        this.name = name;
        this.connection = null;
        this.pool = pool;
    }

    /**
     * Opens the configured store: the PostgreSQL server of {@code store.url} when it is set, else the SQLite
     * file {@code file}. Either way the schema is brought up to date.
     *
     * @param file the SQLite file; with PostgreSQL, the pseudonym key file is kept beside where it would be
     */
    public static Database open(StoreSettings settings, Path file) {
        if (settings.postgres()) {
            return PostgresDatabase.open(settings.url().orElseThrow(), settings.user(), settings.password(), file,
                    latestVersion());
        }
        return open(file);
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
        if (current >= target) {
            return;
        }
        FluentConfiguration config = Flyway.configure(Database.class.getClassLoader())
                .dataSource(url(file), null, null)
                .locations(SQLITE_MIGRATIONS)
                .target(MigrationVersion.fromVersion(String.valueOf(target)))
                .failOnMissingLocations(true);
        if (current > 0 && !hasTable("flyway_schema_history")) {
            // written by the bot's own runner before Flyway: its user_version says what is already there
            config = config.baselineOnMigrate(true).baselineVersion(String.valueOf(current))
                    .baselineDescription("schema V" + current + " from before Flyway");
        }
        try {
            MigrateResult result = config.load().migrate();
            int reached = result.targetSchemaVersion == null ? current : Integer.parseInt(result.targetSchemaVersion);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA user_version=" + reached);
            }
            if (result.migrationsExecuted > 0) {
                log.info("Database {} migrated from version {} to {}", file, current, reached);
            }
        } catch (FlywayException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException(file + ": migration to V" + target + " failed: "
                    + describe(cause instanceof Exception ex ? ex : e), e);
        }
    }

    /** Flyway's own connection to the file waits for a lock like the store's does, instead of failing at once. */
    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath() + "?busy_timeout=5000";
    }

    private boolean hasTable(String name) throws SQLException {
        try (java.sql.PreparedStatement s = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /** The schema version of the open database. */
    public int version() {
        if (pool != null) {
            return query("reading the schema version", PostgresDatabase::version);
        }
        try {
            return pragmaInt("user_version");
        } catch (SQLException e) {
            throw new StoreException(file + ": " + describe(e), e);
        }
    }

    /** The highest migration on the class path. */
    public static int latestVersion() {
        return Latest.SQLITE;
    }

    /** The highest PostgreSQL migration on the class path; the same as {@link #latestVersion()} (a test checks). */
    static int latestPostgresVersion() {
        return Latest.POSTGRESQL;
    }

    /** Read once: Flyway lists the migrations it finds against an empty in-memory database. */
    private static final class Latest {
        static final int SQLITE = highest(SQLITE_MIGRATIONS);
        static final int POSTGRESQL = highest(PostgresDatabase.MIGRATIONS);

        private static int highest(String location) {
            MigrationInfo[] pending = Flyway.configure(Database.class.getClassLoader())
                    .dataSource("jdbc:sqlite::memory:", null, null).locations(location).load().info().pending();
            int v = 0;
            for (MigrationInfo m : pending) {
                v = Math.max(v, Integer.parseInt(m.getVersion().getVersion()));
            }
            return v;
        }
    }

    /** The SQLite file; with PostgreSQL, where that file would be (the pseudonym key file is kept beside it). */
    public Path file() {
        return file;
    }

    /** What the messages name: the SQLite file, or the PostgreSQL server, database and user (never the password). */
    public String name() {
        return name;
    }

    /**
     * A PostgreSQL connection of its own, outside the pool, for a session that must outlive any
     * transaction ({@link LeaderLock}); the caller closes it.
     */
    Connection dedicatedConnection() {
        if (pool == null) {
            throw new IllegalStateException("only the PostgreSQL store hands out a dedicated connection");
        }
        try {
            java.util.Properties props = new java.util.Properties();
            if (pool.getUsername() != null) {
                props.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                props.setProperty("password", pool.getPassword());
            }
            props.setProperty("ApplicationName", "rujp-bot leader lock");
            return DriverManager.getConnection(pool.getJdbcUrl(), props);
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot open a connection: " + describe(e), e);
        }
    }

    /** True for a PostgreSQL server shared by several processes, false for the SQLite file. */
    public boolean postgres() {
        return pool != null;
    }

    /**
     * The connection, for this package's tests only: everything else goes through {@link #inTransaction}
     * and {@link #query}, which serialise every use of the database.
     */
    Connection connection() {
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
    public <T> T inTransaction(String what, SqlWork<T> work) {
        if (pool != null) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    commits.incrementAndGet();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException(name + ": " + what + " failed: " + describe(e), e);
            }
        }
        synchronized (this) {
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new StoreException(name + ": " + what + " failed: " + describe(e), e);
            }
            try {
                T result = work.run(connection);
                connection.commit();
                commits.incrementAndGet();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(connection);
                throw new StoreException(name + ": " + what + " failed: " + describe(e), e);
            } catch (RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                restoreAutoCommit();
            }
        }
    }

    /**
     * Transactions committed through {@link #inTransaction} since this database was opened (each is one commit, one
     * write-ahead log flush): what batching saves is counted here.
     */
    public long commits() {
        return commits.get();
    }

    /** Runs read-only {@code work}, serialised with every other use of an SQLite database. */
    public <T> T query(String what, SqlWork<T> work) {
        if (pool != null) {
            try (Connection c = pool.getConnection()) {
                return work.run(c);
            } catch (SQLException e) {
                throw new StoreException(name + ": " + what + " failed: " + describe(e), e);
            }
        }
        synchronized (this) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException(name + ": " + what + " failed: " + describe(e), e);
            }
        }
    }

    /**
     * Reads the whole file through SQLite's {@code PRAGMA quick_check}, for a command that must not take a
     * damaged store for an empty one.
     *
     * @throws StoreException naming the file, as for a file that cannot be opened
     */
    public void checkIntegrity() {
        if (pool != null) {
            query("checking the database", c -> c.isValid(5));
            return;
        }
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
    private void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            log.debug("Rolling back on {}: {}", name, e.getMessage());
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
        if (e instanceof SQLException sql && sql.getSQLState() != null && !m.contains("SQLITE_")) {
            return PostgresDatabase.describe(sql);
        }
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
    public void close() {
        if (pool != null) {
            pool.close();
            return;
        }
        synchronized (this) {
            closeConnection();
        }
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing {} failed: {}", file, e.getMessage());
        }
    }
}

package org.rujp.bot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the store on a PostgreSQL server shared by several {@code serve} processes: a HikariCP pool, the
 * schema brought up to date by Flyway from {@code db/postgresql/} (Flyway holds an advisory lock while it
 * migrates, so replicas starting together migrate once). The same tables as the SQLite file, with BIGINT
 * ids and times.
 */
final class PostgresDatabase {
    static final String MIGRATIONS = "classpath:db/postgresql";
    private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);
    private static final int POOL_SIZE = 8;

    private PostgresDatabase() {
    }

    /**
     * @param url {@code jdbc:postgresql://host:port/database}; must not carry the password
     * @param keyAnchor where the SQLite file would be: the pseudonym key file is kept beside it
     */
    static Database open(String url, String user, Optional<String> password, Path keyAnchor, int targetVersion) {
        String name = "PostgreSQL " + where(url) + (user.isEmpty() ? "" : " (user " + user + ")");
        HikariConfig config = new HikariConfig();
        config.setPoolName("rujp-store");
        config.setJdbcUrl(url);
        if (!user.isEmpty()) {
            config.setUsername(user);
        }
        password.ifPresent(config::setPassword);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("ApplicationName", "rujp-bot");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException(name + ": cannot connect: " + rootMessage(e)
                    + "; check store.url, store.user and " + org.rujp.bot.config.StoreSettings.PASSWORD_ENV
                    + ", and that the server is running and reachable", e);
        }
        Database db = new Database(keyAnchor, name, pool);
        try {
            migrate(db, pool, targetVersion);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void migrate(Database db, HikariDataSource pool, int target) {
        int current = db.query("reading the schema version", PostgresDatabase::version);
        if (current > Database.latestVersion()) {
            throw new StoreException(db.name() + ": schema version " + current + " is newer than this bot knows ("
                    + Database.latestVersion() + "); upgrade the bot or point store.url elsewhere. Nothing was changed.");
        }
        if (current >= target) {
            return;
        }
        try {
            MigrateResult result = Flyway.configure(PostgresDatabase.class.getClassLoader())
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .target(MigrationVersion.fromVersion(String.valueOf(target)))
                    .failOnMissingLocations(true)
                    .load().migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Database {} migrated from version {} to {}", db.name(), current, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException(db.name() + ": migration to V" + target + " failed: "
                    + (cause instanceof SQLException sql ? describe(sql) : e.getMessage()), e);
        }
    }

    /** The highest version Flyway applied, 0 on an empty database. */
    static int version(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT to_regclass('flyway_schema_history') IS NOT NULL");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return 0;
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank");
             ResultSet rs = s.executeQuery()) {
            int v = 0;
            while (rs.next()) {
                v = Math.max(v, Integer.parseInt(rs.getString(1)));
            }
            return v;
        }
    }

    /** host:port/database of the URL, for messages (the URL's parameters left out). */
    static String where(String url) {
        try {
            URI uri = URI.create(url.substring("jdbc:".length()));
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            return host + ":" + port + uri.getPath();
        } catch (RuntimeException e) {
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query);
        }
    }

    /** A clear sentence for the common PostgreSQL failures, by SQLSTATE. */
    static String describe(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String m = String.valueOf(e.getMessage());
        if (state.startsWith("08")) {
            return "cannot reach the server (" + m + ")";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "the server refused the login (" + m + "); check store.user and "
                    + org.rujp.bot.config.StoreSettings.PASSWORD_ENV;
        }
        if (state.equals("3D000")) {
            return "the database does not exist (" + m + "); create it (createdb) or fix store.url";
        }
        if (state.equals("53100")) {
            return "cannot be written: the server's disk is full (" + m + ")";
        }
        return m;
    }

    /** The first SQL failure in the chain, described by its SQLSTATE; else the innermost cause's message. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (true) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return describe(sql);
            }
            if (t.getCause() == null || t.getCause() == t) {
                return String.valueOf(t.getMessage());
            }
            t = t.getCause();
        }
    }
}

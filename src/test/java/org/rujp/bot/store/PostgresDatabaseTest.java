package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.config.StoreSettings;

/** What only the PostgreSQL engine has: a server to reach, a shared schema, several processes migrating it. */
class PostgresDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void bothEnginesHaveTheSameMigrations() {
        assertEquals(Database.latestVersion(), Database.latestPostgresVersion());
    }

    @Test
    void aNewDatabaseIsMigratedToTheLatestVersionAndReopeningChangesNothing() {
        Path anchor = dir.resolve("bot.db");
        try (Database db = TestPostgres.open(anchor)) {
            assertTrue(db.postgres());
            assertEquals(Database.latestVersion(), db.version());
            new JdbcConversationLog(db, true).record(Turns.turn(java.time.Instant.EPOCH, "cli", "a", Turns.answered("q")));
        }
        try (Database db = TestPostgres.open(anchor)) {
            assertEquals(Database.latestVersion(), db.version());
            assertEquals(1, new JdbcConversationLog(db, true).turns(Optional.empty()).size());
        }
    }

    @Test
    void replicasStartingTogetherMigrateTheSchemaOnce() throws Exception {
        Path anchor = dir.resolve("shared.db");
        String url = TestPostgres.url(anchor);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                versions.add(pool.submit(() -> {
                    try (Database db = TestPostgres.open(anchor)) {
                        return db.version();
                    }
                }));
            }
            for (Future<Integer> v : versions) {
                assertEquals(Database.latestVersion(), v.get());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Database db = TestPostgres.open(anchor)) {
            int applied = db.query("counting migrations", c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(Database.latestVersion(), applied, "each migration applied once on " + url);
        }
    }

    @Test
    void aSchemaNewerThanTheBotIsRefusedAndLeftAsItIs() {
        Path anchor = dir.resolve("newer.db");
        try (Database db = TestPostgres.open(anchor)) {
            db.inTransaction("pretending a newer bot ran", c -> {
                try (var s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                            + " installed_by, execution_time, success) VALUES (99, '99', 'newer', 'SQL', 'V99__newer.sql', 'x', 0, true)");
                }
            });
        }
        StoreException e = assertThrows(StoreException.class, () -> TestPostgres.open(anchor));
        assertTrue(e.getMessage().contains("schema version 99 is newer than this bot knows (" + Database.latestVersion() + ")"),
                e.getMessage());
        assertTrue(e.getMessage().startsWith("PostgreSQL 127.0.0.1:"), e.getMessage());
    }

    @Test
    void anUnreachableServerIsNamedWithWhatToCheckAndNeverThePassword() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // nothing listens there once closed
        }
        StoreSettings settings = new StoreSettings("rujp-bot.db", true, Duration.ofDays(90),
                Optional.of("jdbc:postgresql://127.0.0.1:" + port + "/rujp"), "bot", Optional.of("pw-not-shown"));
        long start = System.nanoTime();
        StoreException e = assertThrows(StoreException.class, () -> Database.open(settings, dir.resolve("x.db")));
        assertTrue(e.getMessage().startsWith("PostgreSQL 127.0.0.1:" + port + "/rujp (user bot): cannot connect: cannot reach the server"),
                e.getMessage());
        assertTrue(e.getMessage().contains("check store.url, store.user and RUJP_STORE_PASSWORD"), e.getMessage());
        assertFalse(e.getMessage().contains("pw-not-shown"), e.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "gives up within the connection timeout");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        String url = TestPostgres.url(dir.resolve("any.db"));
        String missing = url.substring(0, url.lastIndexOf('/')) + "/no_such_db";
        StoreSettings settings = new StoreSettings("rujp-bot.db", true, Duration.ofDays(90), Optional.of(missing), "postgres",
                Optional.empty());
        StoreException e = assertThrows(StoreException.class, () -> Database.open(settings, dir.resolve("x.db")));
        assertTrue(e.getMessage().contains("/no_such_db (user postgres): cannot connect: the database does not exist"), e.getMessage());
    }
}

package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Nested
    class Migrations {
        @Test
        void aNewFileIsMigratedToTheLatestVersion() {
            try (Database db = Database.open(dir.resolve("sub/dir/new.db"))) {
                assertEquals(Database.latestVersion(), db.version());
                assertTrue(Database.latestVersion() >= 1);
            }
        }

        @Test
        void everyEarlierVersionMigratesToTheLatestKeepingItsRows() throws Exception {
            int latest = Database.latestVersion();
            for (int from = 0; from < latest; from++) {
                Path file = dir.resolve("from-v" + from + ".db");
                Map<String, List<Map<String, String>>> before;
                try (Database db = Database.open(file, from)) {
                    assertEquals(from, db.version());
                    SchemaSeeds.seed(db.connection());
                    before = SchemaSeeds.snapshot(db.connection());
                }
                try (Database db = Database.open(file)) {
                    assertEquals(latest, db.version(), "from V" + from);
                    Map<String, List<Map<String, String>>> after = SchemaSeeds.snapshot(db.connection());
                    for (var table : before.entrySet()) {
                        for (Map<String, String> row : table.getValue()) {
                            assertTrue(after.getOrDefault(table.getKey(), List.of()).stream().anyMatch(r -> contains(r, row)),
                                    "from V" + from + ": row " + row + " of " + table.getKey() + " lost");
                        }
                    }
                    if (from >= 1) {
                        assertEquals(1, new JdbcConversationLog(db, true).turns(Optional.empty()).size(),
                                "the seeded turn reads back through the log from V" + from);
                    }
                }
            }
        }

        @Test
        void everySchemaWrittenBeforeFlywayIsBaselinedAndUpgradedKeepingItsRows() throws Exception {
            int latest = Database.latestVersion();
            for (int from = 1; from < latest && from <= PreFlyway.SCRIPTS.length; from++) {
                Path file = dir.resolve("pre-flyway-v" + from + ".db");
                Map<String, List<Map<String, String>>> before;
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                    PreFlyway.create(c, from);
                    SchemaSeeds.seed(c);
                    before = SchemaSeeds.snapshot(c);
                }
                try (Database db = Database.open(file)) {
                    assertEquals(latest, db.version(), "from V" + from);
                    Map<String, List<Map<String, String>>> after = SchemaSeeds.snapshot(db.connection());
                    for (var table : before.entrySet()) {
                        for (Map<String, String> row : table.getValue()) {
                            assertTrue(after.getOrDefault(table.getKey(), List.of()).stream().anyMatch(r -> contains(r, row)),
                                    "from V" + from + ": row " + row + " of " + table.getKey() + " lost");
                        }
                    }
                    assertEquals(1, new JdbcConversationLog(db, true).turns(Optional.empty()).size(),
                            "the seeded turn reads back through the log from V" + from);
                    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(
                            "SELECT type, version FROM flyway_schema_history ORDER BY installed_rank LIMIT 1")) {
                        assertTrue(rs.next());
                        assertEquals("BASELINE", rs.getString(1), "from V" + from);
                        assertEquals(String.valueOf(from), rs.getString(2));
                    }
                }
                try (Database db = Database.open(file)) {
                    assertEquals(latest, db.version(), "reopened after the upgrade from V" + from);
                }
            }
        }

        private boolean contains(Map<String, String> row, Map<String, String> expected) {
            return expected.entrySet().stream().allMatch(e -> java.util.Objects.equals(row.get(e.getKey()), e.getValue()));
        }

        @Test
        void reopeningTheLatestVersionChangesNothing() {
            Path file = dir.resolve("bot.db");
            try (Database db = Database.open(file)) {
                new JdbcConversationLog(db, true).record(Turns.turn(Instant.EPOCH, "cli", "a", Turns.answered("q")));
            }
            try (Database db = Database.open(file)) {
                assertEquals(1, new JdbcConversationLog(db, true).turns(Optional.empty()).size());
            }
        }
    }

    @Nested
    class BadInput {
        @Test
        void aCorruptFileIsRefusedAndLeftUntouched() throws IOException {
            Path file = dir.resolve("corrupt.db");
            byte[] noise = new byte[16_384];
            new Random(42).nextBytes(noise);
            Files.write(file, noise);

            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));

            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("not a valid SQLite database or is corrupt"), e.getMessage());
            assertArrayEquals(noise, Files.readAllBytes(file));
        }

        @Test
        void anotherApplicationsDatabaseIsRefusedAndLeftUntouched() throws Exception {
            Path file = dir.resolve("invoices.db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
                s.execute("INSERT INTO invoices (amount) VALUES (12.5)");
            }
            byte[] original = Files.readAllBytes(file);

            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));

            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("another application"), e.getMessage());
            assertArrayEquals(original, Files.readAllBytes(file));
        }

        @Test
        void aFileFromANewerSchemaIsRefusedAndLeftUntouched() throws Exception {
            Path file = dir.resolve("newer.db");
            Database.open(file).close();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version=" + (Database.latestVersion() + 1));
            }
            byte[] original = Files.readAllBytes(file);

            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));

            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("schema version " + (Database.latestVersion() + 1) + " is newer"), e.getMessage());
            assertArrayEquals(original, Files.readAllBytes(file));
        }

        @Test
        void aDirectoryInPlaceOfTheFileIsRefused() throws IOException {
            Path file = Files.createDirectory(dir.resolve("bot.db"));
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        }

        @Test
        void aReadOnlyDataDirectoryGivesAClearError() throws Exception {
            // Permissions do not bind root: then the database is opened by a child JVM running as "nobody".
            boolean root = "root".equals(System.getProperty("user.name"));
            Path base = root ? Files.createTempDirectory(Path.of("/tmp"), "rujp-readonly-") : dir;
            Path data = Files.createDirectory(base.resolve("data"));
            Path file = data.resolve("bot.db");
            Database.open(file).close();
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                String message;
                if (root) {
                    message = openAsNobody(base, file);
                } else {
                    StoreException e = assertThrows(StoreException.class, () -> {
                        try (Database db = Database.open(file)) {
                            new JdbcConversationLog(db, true).record(Turns.turn(Instant.EPOCH, "cli", "a", Turns.answered("q")));
                        }
                    });
                    message = e.getMessage();
                }
                assertTrue(message.contains(file.toString()), message);
                assertTrue(message.contains("read-only") || message.contains("cannot be opened"), message);
            } finally {
                Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
                if (root) {
                    try (java.util.stream.Stream<Path> files = Files.walk(base)) {
                        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
            }
        }

        /** Runs {@link ReadOnlyProbe} as user nobody with a copy of the class path it needs; returns its report. */
        private String openAsNobody(Path base, Path file) throws IOException, InterruptedException {
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path lib = Files.createDirectory(base.resolve("lib"));
            List<String> classpath = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path source = Path.of(entry);
                String name = source.getFileName().toString();
                if (Files.isDirectory(source) && (name.equals("classes") || name.equals("test-classes"))) {
                    Path copy = lib.resolve(name);
                    try (java.util.stream.Stream<Path> files = Files.walk(source)) {
                        for (Path p : files.toList()) {
                            Files.copy(p, copy.resolve(source.relativize(p).toString()));
                        }
                    }
                    classpath.add(copy.toString());
                } else if (name.matches("(sqlite-jdbc|slf4j-api|jackson-.*|flyway-.*|commons-.*|HikariCP|postgresql)-[0-9].*\\.jar")) {
                    classpath.add(Files.copy(source, lib.resolve(name)).toString());
                }
            }
            try (java.util.stream.Stream<Path> files = Files.walk(lib)) {
                for (Path p : files.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            String javaBinary = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", javaBinary,
                    "-cp", String.join(java.io.File.pathSeparator, classpath), ReadOnlyProbe.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the probe did not finish");
            assertTrue(output.contains("STORE-EXCEPTION"), "expected a StoreException from the unprivileged probe:\n" + output);
            return output.substring(output.indexOf("STORE-EXCEPTION"));
        }

        @Test
        void aFullDiskFailsTheTurnCleanlyAndKeepsEveryCommittedTurn() throws Exception {
            Path file = dir.resolve("full.db");
            try (Database db = Database.open(file)) {
                JdbcConversationLog log = new JdbcConversationLog(db, true);
                try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    s.execute("PRAGMA max_page_count=" + (rs.getInt(1) + 3));
                }
                int recorded = 0;
                StoreException failure = null;
                String longAnswer = "x".repeat(2_000);
                for (int i = 0; i < 1_000 && failure == null; i++) {
                    try {
                        log.record(new Turn(Instant.EPOCH, "cli", "c", "u", "console", Turns.answered("q" + i), longAnswer, "idx", 1));
                        recorded++;
                    } catch (StoreException e) {
                        failure = e;
                    }
                }

                assertTrue(failure != null, "the size limit was never reached");
                assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
                assertTrue(failure.getMessage().contains("disk is full"), failure.getMessage());
                List<LoggedTurn> turns = log.turns(Optional.empty());
                assertEquals(recorded, turns.size());
                assertTrue(turns.stream().allMatch(t -> t.facts().size() == 3), "no turn without its facts");
            }
            try (Database db = Database.open(file); Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
    }

    /** Representative rows for every table a schema version has, and snapshots to compare. */
    static final class SchemaSeeds {
        private static final Map<String, String> KNOWN = new LinkedHashMap<>();

        static {
            KNOWN.put("meta", "INSERT INTO meta (key, value) VALUES ('seed', 'kept')");
            KNOWN.put("turns", "INSERT INTO turns (id, time_ms, channel, chat_id, user_id, chat_type, lang, question,"
                    + " resolved_question, outcome, answer_text, answerer, index_version, total_ns, sources)"
                    + " VALUES (7, 1700000000000, 'telegram', 'c', 'u', 'private', 'ja', '日露交流年は？', '日露交流年は？',"
                    + " 'answered', 'answer', 'extractive', 'idx', 1000, 'src-a')");
            KNOWN.put("turn_facts", "INSERT INTO turn_facts (turn_id, fact_id, source_id, rank, score, stated)"
                    + " VALUES (7, 'fact-a', 'src-a', 1, 0.9, 1)");
            KNOWN.put("feedback", "INSERT INTO feedback (turn_id, user_id, helpful, time_ms) VALUES (7, 'u', 1, 1700000001000)");
            KNOWN.put("deliveries", "INSERT INTO deliveries (delivery_id, chat_id, digest_key, fact_ids, lang, state, attempts,"
                    + " planned_at, attempted_at) VALUES (5, 42, 'daily:2026-11-23', 'fact-a,fact-b', 'en', 'planned', 1,"
                    + " 1700000000000, 1700000001000)");
            KNOWN.put("handled_updates", "INSERT INTO handled_updates (update_id, handled_ms) VALUES (900, 1700000000000)");
            KNOWN.put("polling_state", "INSERT INTO polling_state (id, last_update_id) VALUES (1, 900)");
            KNOWN.put("eval_runs", "INSERT INTO eval_runs (id, time_ms, index_version, knowledge_version, config, metrics)"
                    + " VALUES (3, 1700000000000, 'idx', 'kb', '{\"min_score\":0.5}', '{}')");
            KNOWN.put("eval_outcomes", "INSERT INTO eval_outcomes (run_id, question_id, lang, type, question, should_refuse,"
                    + " expected, given, refused, accurate, citation_correct, first_relevant_rank, top_fact_id, top_score, latency_ns)"
                    + " VALUES (3, 'ja-001', 'ja', 'date', '日露交流年は？', 0, '2021', '2021年', 0, 1, 1, 1, 'fact-a', 0.8, 1000)");
        }

        private SchemaSeeds() {
        }

        /** Inserts a known row into each known table; tries a generic row in tables of later migrations. */
        static void seed(Connection c) throws Exception {
            List<String> tables = tables(c);
            try (Statement s = c.createStatement()) {
                for (var known : KNOWN.entrySet()) {
                    if (tables.contains(known.getKey())) {
                        s.execute(known.getValue());
                    }
                }
                for (String table : tables) {
                    if (!KNOWN.containsKey(table)) {
                        tryGenericRow(s, table);
                    }
                }
            }
        }

        private static void tryGenericRow(Statement s, String table) throws Exception {
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.getConnection().createStatement().executeQuery("PRAGMA table_info(" + table + ")")) {
                while (rs.next()) {
                    if (rs.getInt("pk") == 1 && rs.getString("type").equalsIgnoreCase("INTEGER")) {
                        continue;
                    }
                    String type = rs.getString("type").toUpperCase(java.util.Locale.ROOT);
                    columns.add(rs.getString("name"));
                    values.add(type.contains("INT") ? "1" : type.contains("REAL") ? "1.5" : "'seed'");
                }
            }
            try {
                s.execute("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values) + ")");
            } catch (java.sql.SQLException e) {
                // A constraint of a later table this seed does not know; its own tests cover it.
            }
        }

        static Map<String, List<Map<String, String>>> snapshot(Connection c) throws Exception {
            Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
            for (String table : tables(c)) {
                List<Map<String, String>> list = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.put(md.getColumnName(i), rs.getString(i));
                        }
                        list.add(row);
                    }
                }
                rows.put(table, list);
            }
            return rows;
        }

        private static List<String> tables(Connection c) throws Exception {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    + " AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        }
    }

    /** Builds a file the way the bot's own migration runner did before Flyway: the scripts, then user_version. */
    static final class PreFlyway {
        /** What the hand-written runner applied, up to V5; every later version was only ever applied by Flyway. */
        static final String[] SCRIPTS = {"V1__conversation_log.sql", "V2__digests.sql", "V3__eval_runs.sql", "V4__inbox.sql",
            "V5__eval_cited.sql"};

        private PreFlyway() {
        }

        static void create(Connection c, int version) throws Exception {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id=1381589584");
                for (int v = 1; v <= version; v++) {
                    String sql;
                    try (var in = DatabaseTest.class.getResourceAsStream("/db/sqlite/" + SCRIPTS[v - 1])) {
                        sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                    StringBuilder statement = new StringBuilder();
                    for (String line : sql.split("\n")) {
                        if (line.strip().startsWith("--")) {
                            continue;
                        }
                        statement.append(line).append('\n');
                        if (line.strip().endsWith(";")) {
                            s.execute(statement.toString());
                            statement.setLength(0);
                        }
                    }
                    s.execute("PRAGMA user_version=" + v);
                }
            }
        }
    }
}

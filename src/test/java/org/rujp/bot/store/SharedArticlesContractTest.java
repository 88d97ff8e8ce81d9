package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared ingested articles and their knowledge version, on a real SQLite file and a real PostgreSQL server. */
class SharedArticlesContractTest {
    abstract static class Contract {
        @TempDir
        Path dir;

        abstract Database open(Path file);

        @Test
        void theVersionIsZeroUntilSomethingIsShared() {
            try (Database db = open(dir.resolve("store.db"))) {
                JdbcSharedArticles shared = new JdbcSharedArticles(db);
                assertEquals(0, shared.version());
                assertEquals(new JdbcSharedArticles.Snapshot(0, List.of()), shared.snapshot());
            }
        }

        @Test
        void everyChangeRaisesTheVersionOnceAndARemovalLeavesARowWithoutTheArticle() {
            try (Database db = open(dir.resolve("store.db"))) {
                JdbcSharedArticles shared = new JdbcSharedArticles(db);
                Map<String, Optional<String>> two = new LinkedHashMap<>();
                two.put("ing-b", Optional.of("{\"sourceId\":\"ing-b\"}"));
                two.put("ing-a", Optional.of("{\"sourceId\":\"ing-a\"}"));
                assertEquals(Optional.of(new JdbcSharedArticles.Change(1, 2, 0)), shared.change(two));
                assertEquals(Optional.of(new JdbcSharedArticles.Change(2, 1, 0)),
                        shared.change(Map.of("ing-a", Optional.of("{\"sourceId\":\"ing-a\",\"v\":2}"))));
                assertEquals(Optional.of(new JdbcSharedArticles.Change(3, 0, 1)), shared.change(Map.of("ing-b", Optional.empty())));
                assertEquals(new JdbcSharedArticles.Snapshot(3, List.of(
                        new JdbcSharedArticles.Shared("ing-a", Optional.of("{\"sourceId\":\"ing-a\",\"v\":2}")),
                        new JdbcSharedArticles.Shared("ing-b", Optional.empty()))), shared.snapshot());
            }
        }

        @Test
        void sharingWhatIsAlreadySharedChangesNothingAndLeavesTheVersion() {
            try (Database db = open(dir.resolve("store.db"))) {
                JdbcSharedArticles shared = new JdbcSharedArticles(db);
                shared.change(Map.of("ing-a", Optional.of("{}")));
                shared.change(Map.of("ing-b", Optional.empty()));
                assertEquals(Optional.empty(), shared.change(Map.of("ing-a", Optional.of("{}"), "ing-b", Optional.empty())));
                assertEquals(2, shared.version());
                assertEquals(Optional.of(new JdbcSharedArticles.Change(3, 1, 0)),
                        shared.change(Map.of("ing-a", Optional.of("{}"), "ing-b", Optional.of("{\"b\":1}"))), "only ing-b changed");
            }
        }

        @Test
        void aReopenedStoreKeepsTheVersion() {
            Path file = dir.resolve("store.db");
            try (Database db = open(file)) {
                new JdbcSharedArticles(db).change(Map.of("ing-a", Optional.of("{}")));
            }
            try (Database db = open(file)) {
                assertEquals(1, new JdbcSharedArticles(db).version());
            }
        }
    }

    @Nested
    class InSqlite extends Contract {
        @Override
        Database open(Path file) {
            return Database.open(file);
        }
    }

    @Nested
    class InPostgres extends Contract {
        @Override
        Database open(Path file) {
            return TestPostgres.open(file);
        }
    }
}

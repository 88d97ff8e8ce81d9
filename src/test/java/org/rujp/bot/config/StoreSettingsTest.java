package org.rujp.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSettingsTest {
    @TempDir
    Path dir;

    @Test
    void withoutAUrlTheStoreIsTheSqliteFile() {
        StoreSettings s = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of()).store();
        assertFalse(s.postgres());
        assertEquals("rujp-bot.db", s.file());
    }

    @Test
    void urlAndUserComeFromTheEnvironmentAndThePasswordOnlyFromThere() {
        StoreSettings s = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of(
                "RUJP_STORE_URL", "jdbc:postgresql://127.0.0.1:5432/rujp", "RUJP_STORE_USER", "bot",
                "RUJP_STORE_PASSWORD", "s3cret-pw")).store();
        assertTrue(s.postgres());
        assertEquals(Optional.of("jdbc:postgresql://127.0.0.1:5432/rujp"), s.url());
        assertEquals("bot", s.user());
        assertEquals(Optional.of("s3cret-pw"), s.password());
        assertFalse(s.toString().contains("s3cret-pw"), s.toString());
    }

    @Test
    void aPasswordInTheConfigFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("c.yaml"), "store:\n  url: jdbc:postgresql://db/rujp\n  password: hunter2\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(file, true, Map.of()));
        assertTrue(e.getMessage().contains("store.password (from " + file + ":3): secrets are read from the environment only; set RUJP_STORE_PASSWORD"),
                e.getMessage());
    }

    @Test
    void aUrlOfAnotherKindOrCarryingThePasswordIsRefusedNamingWhereItCameFrom() throws IOException {
        Path file = Files.writeString(dir.resolve("c.yaml"), "store:\n  url: jdbc:mysql://db/rujp\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(file, true, Map.of()));
        assertTrue(e.getMessage().contains("store.url (from " + file + ":2): expected a PostgreSQL JDBC URL"), e.getMessage());

        ConfigException e2 = assertThrows(ConfigException.class, () -> SettingsLoader.load(dir.resolve("absent.yaml"), false,
                Map.of("RUJP_STORE_URL", "jdbc:postgresql://db/rujp?user=a&password=hunter2")));
        assertTrue(e2.getMessage().contains("store.url (from environment variable RUJP_STORE_URL): must not carry the password"),
                e2.getMessage());
    }
}

package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.store.LoggedTurn;
import org.rujp.bot.store.Store;
import org.rujp.bot.store.Turns;

class ConsoleLogTest {
    @TempDir
    Path dir;
    Settings settings;
    StringWriter err = new StringWriter();

    @BeforeEach
    void settings() {
        settings = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of()).withDataDir(dir.resolve("data"));
    }

    @Test
    void aTurnIsRecordedOnTheGivenChannelAsAConsoleChat() {
        try (ConsoleLog log = ConsoleLog.open(settings, false, "chat", "session-1", new PrintWriter(err))) {
            assertTrue(log.record(Instant.EPOCH, Turns.answered("q"), "shown", "idx", 42) > 0);
        }
        try (Store store = Store.open(settings)) {
            LoggedTurn t = store.log().turns(Optional.empty()).get(0);
            assertEquals("chat", t.channel());
            assertEquals("console", t.chatType());
            assertEquals(store.log().storedId("chat", "session-1"), t.chatId());
            assertEquals("shown", t.answerText());
        }
        assertEquals("", err.toString());
    }

    @Test
    void noLogDoesNotEvenCreateTheStore() {
        try (ConsoleLog log = ConsoleLog.open(settings, true, "cli", null, new PrintWriter(err))) {
            assertFalse(log.enabled());
            long id = 0;
            for (int i = 0; i < 1_000 && id >= 0; i++) {
                id = log.record(Instant.EPOCH, Turns.answered("q"), "shown ".repeat(500), "idx", 42);
            }

            assertEquals(-1, id, "recording returns -1 instead of throwing");
        }
        assertFalse(Files.exists(Store.file(settings)));
    }

    @Test
    void aStoreThatCannotBeOpenedGivesOneWarningAndNoFailure() throws Exception {
        Files.createDirectories(Store.file(settings));

        try (ConsoleLog log = ConsoleLog.open(settings, false, "cli", null, new PrintWriter(err))) {
            long id = 0;
            for (int i = 0; i < 1_000 && id >= 0; i++) {
                id = log.record(Instant.EPOCH, Turns.answered("q"), "shown ".repeat(500), "idx", 42);
            }

            assertEquals(-1, id, "recording returns -1 instead of throwing");
        }

        assertTrue(err.toString().startsWith("rujp-bot: warning: not logging this conversation: " + Store.file(settings)), err.toString());
        assertEquals(1, err.toString().lines().count());
    }

    @Test
    void aFailureWhileRecordingIsAWarningNotAnException() throws Exception {
        Store store = Store.open(settings);
        try (ConsoleLog log = ConsoleLog.over(store, "cli", null, new PrintWriter(err))) {
            store.database().query("filling the disk", c -> {
                try (var s = c.createStatement(); var pages = s.executeQuery("PRAGMA page_count")) {
                    pages.next();
                    return s.execute("PRAGMA max_page_count=" + pages.getInt(1)); // the disk is full from now on
                }
            });

            long id = 0;
            for (int i = 0; i < 1_000 && id >= 0; i++) {
                id = log.record(Instant.EPOCH, Turns.answered("q"), "shown ".repeat(500), "idx", 42);
            }

            assertEquals(-1, id, "recording returns -1 instead of throwing");
        }
        assertTrue(err.toString().startsWith("rujp-bot: warning: the answer was not logged: " + Store.file(settings)), err.toString());
        assertTrue(err.toString().contains("disk is full"), err.toString());
    }
}

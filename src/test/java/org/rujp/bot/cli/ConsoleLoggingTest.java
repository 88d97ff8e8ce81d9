package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.store.LoggedTurn;
import org.rujp.bot.store.Store;

/**
 * The console commands log their turns, with the real model and knowledge base. The data directory (and
 * so the index cache) is kept under target/ across runs; each test's log goes to its own temporary file.
 */
class ConsoleLoggingTest {
    private static final String QUESTION = "When was the Year of Interregional Exchanges extended?";
    private static final Path DATA = Path.of("target", "console-logging-data");

    @TempDir
    Path dir;

    private Path config(String storeFile) throws java.io.IOException {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "data_dir: " + DATA.toAbsolutePath() + "\nstore:\n  file: " + storeFile + "\n");
        return config;
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    private List<LoggedTurn> logged() throws java.io.IOException {
        Settings settings = SettingsLoader.load(config(dir.resolve("log.db").toString()), true, Map.of());
        try (Store store = Store.open(settings)) {
            return store.log().turns(Optional.empty());
        }
    }

    @Test
    void askLogsItsTurnUnlessToldNotTo() throws Exception {
        String config = config(dir.resolve("log.db").toString()).toString();
        Run logged = run("", "ask", "--config", config, QUESTION);
        Run unlogged = run("", "ask", "--no-log", "--config", config, "Who met in Moscow?");

        assertEquals(0, logged.code(), logged.err());
        assertEquals(0, unlogged.code(), unlogged.err());
        List<LoggedTurn> turns = logged();
        assertEquals(List.of(QUESTION), turns.stream().map(LoggedTurn::question).toList());
        LoggedTurn t = turns.get(0);
        assertEquals("cli", t.channel());
        assertEquals(logged.out().strip(), t.answerText());
        assertTrue(t.totalNanos() > 0);
        assertTrue(!t.facts().isEmpty() && !t.indexVersion().isBlank());
    }

    @Test
    void chatStillAnswersWhenTheStoreCannotBeOpened() throws Exception {
        Path blocked = Files.createDirectories(dir.resolve("blocked.db"));

        Run r = run(QUESTION + "\n/quit\n", "chat", "--config", config(blocked.toString()).toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("rujp-bot: warning: not logging this conversation: " + blocked), r.err());
        assertTrue(r.out().contains("[1]"), "the answer with its citation was printed: " + r.out());
    }
}

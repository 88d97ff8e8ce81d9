package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;

/**
 * {@code chat} with line editing: the keys an xterm sends, fed through JLine from a byte stream (no terminal
 * needed), against the real pipeline. Ctrl-U erases the line, Ctrl-P recalls the previous question, and the
 * history outlives the session.
 */
class ChatLineEditingTest {
    static final String QUESTION = "When was the year of interregional exchanges extended?";
    static final String CTRL_U = "\u0015";
    static final String CTRL_P = "\u0010";
    /** The up arrow as an xterm sends it once the line reader has switched it to application cursor keys. */
    static final String UP = "\u001bOA";

    @TempDir
    static Path data;
    static App app;

    @TempDir
    Path dir;

    @BeforeAll
    static void startTheBot() {
        app = TestBots.app(data);
    }

    /** One chat session with the given keys; returns what it printed (answers), the terminal's echo aside. */
    private String session(Path history, String keys) throws IOException {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream echo = new ByteArrayOutputStream();
        try (ChatInput in = ChatInput.editing(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), echo, history);
             ConsoleLog log = ConsoleLog.open(app.settings(), true, "chat", "test", new PrintWriter(new StringWriter()))) {
            ChatCommand.converse(app, in, log, app.index().index().key(), new PrintWriter(out));
        }
        return out.toString();
    }

    @Test
    void ctrlUErasesWhatWasTypedBeforeTheQuestion() throws IOException {
        String out = session(dir.resolve("history"), "How much does bitcoin cost" + CTRL_U + QUESTION + "\r/quit\r");

        assertTrue(out.contains("2021"), out);
        assertFalse(out.contains("I don't know"), out);
    }

    @Test
    void theHistoryKeepsTheQuestionsButNotQuit() throws IOException {
        Path history = dir.resolve("history");

        session(history, QUESTION + "\r/quit\r");

        List<String> kept = Files.readAllLines(history, StandardCharsets.UTF_8);
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).endsWith(QUESTION), kept.toString());
    }

    @Test
    void aLaterSessionRecallsTheLastQuestionWithCtrlPOrTheUpArrow() throws IOException {
        Path history = dir.resolve("history");
        session(history, QUESTION + "\r");

        String recalledByCtrlP = session(history, CTRL_P + "\r");
        String recalledByUp = session(history, UP + "\r");

        assertTrue(recalledByCtrlP.contains("2021"), recalledByCtrlP);
        assertTrue(recalledByUp.contains("2021"), recalledByUp);
    }

    @Test
    void theEndOfTheInputLeavesLikeCtrlD() throws IOException {
        String out = session(dir.resolve("history"), QUESTION + "\r");

        assertTrue(out.contains("2021"), out);
        assertTrue(out.endsWith("\n"), "the session ends on a new line");
    }
}

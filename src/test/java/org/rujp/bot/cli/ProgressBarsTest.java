package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rujp.bot.Progress;

/** Progress bars: drawn on a terminal, silent on a pipe or a file and with --quiet. */
class ProgressBarsTest {
    @Test
    void aBarNamesItsStepAndCountsToTheTotal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        try (Progress.Task task = new ProgressBars(new PrintStream(bytes, true, StandardCharsets.UTF_8)).start("Evaluating", 3)) {
            task.step();
            task.step(2);
        }

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("Evaluating"), drawn);
        assertTrue(drawn.contains("3/3"), drawn);
        assertTrue(drawn.contains("\r"), "redrawn in place: " + drawn);
    }

    @Test
    void ttyAndPtyDevicesAreTerminalsPipesAndFilesAreNot() {
        assertTrue(ProgressBars.isTerminalDevice("/dev/pts/3"));
        assertTrue(ProgressBars.isTerminalDevice("/dev/tty1"));
        assertFalse(ProgressBars.isTerminalDevice("pipe:[48213]"));
        assertFalse(ProgressBars.isTerminalDevice("/tmp/rujp-bot.log"));
        assertFalse(ProgressBars.isTerminalDevice("/dev/null"));
    }

    @Test
    void standardErrorCapturedByTheTestRunnerGetsNoBarAndQuietNeverDoes() {
        // The build runs tests with standard error on a pipe, as a user's "2> file" or "| tee" would be.
        assertFalse(ProgressBars.standardErrorIsTerminal());
        assertSame(Progress.SILENT, ProgressBars.onStandardError(false));
        assertSame(Progress.SILENT, ProgressBars.onStandardError(true));
    }
}

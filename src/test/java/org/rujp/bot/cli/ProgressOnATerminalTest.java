package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar on a real terminal: {@code ingest --dry-run} of six files in a new JVM under {@code script}, which
 * gives it a pseudo-terminal. The bar is drawn there, and not with --quiet or with standard error sent to a file.
 */
class ProgressOnATerminalTest {
    @TempDir
    Path dir;
    private final List<String> files = new ArrayList<>();

    @BeforeEach
    void sixArticles() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/articles/ice-lantern-festival.txt"), StandardCharsets.UTF_8);
        for (int i = 1; i <= 6; i++) {
            Path f = dir.resolve("article-" + i + ".txt");
            Files.writeString(f, text, StandardCharsets.UTF_8);
            files.add(f.toString());
        }
    }

    private record Run(int code, String terminal) {
    }

    /** The command line in a new JVM under script(1); what the pseudo-terminal showed. */
    private Run onATerminal(String extra, String redirect) throws Exception {
        List<String> words = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--dry-run",
                "--data-dir", dir.resolve("data").toString(), "--knowledge-dir", Path.of("knowledge").toAbsolutePath().toString()));
        if (!extra.isEmpty()) {
            words.add(extra);
        }
        words.addAll(files);
        StringBuilder command = new StringBuilder();
        words.forEach(w -> command.append('\'').append(w.replace("'", "'\\''")).append("' "));
        command.append(redirect);
        Path typescript = dir.resolve("terminal.txt");
        Process p = new ProcessBuilder("script", "-qec", command.toString(), "/dev/null").redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(typescript.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ingest under script did not finish within 120 s");
        }
        return new Run(p.exitValue(), Files.readString(typescript, StandardCharsets.UTF_8));
    }

    @Test
    void aTerminalShowsTheBarCountingTheFiles() throws Exception {
        Run r = onATerminal("", "");

        assertEquals(0, r.code(), r.terminal());
        assertTrue(r.terminal().contains("Ingesting"), r.terminal());
        assertTrue(r.terminal().contains("6/6"), r.terminal());
        assertTrue(r.terminal().contains("dry run, would ingest 6 files"), r.terminal());
    }

    @Test
    void quietShowsNoBar() throws Exception {
        Run r = onATerminal("--quiet", "");

        assertEquals(0, r.code(), r.terminal());
        assertFalse(r.terminal().contains("Ingesting"), r.terminal());
        assertTrue(r.terminal().contains("dry run, would ingest 6 files"), r.terminal());
    }

    @Test
    void standardErrorToAFileGetsNoBar() throws Exception {
        Path err = dir.resolve("err.txt");
        Run r = onATerminal("", "2>'" + err + "'");

        assertEquals(0, r.code(), r.terminal());
        assertFalse(r.terminal().contains("Ingesting"), r.terminal());
        assertFalse(Files.readString(err, StandardCharsets.UTF_8).contains("Ingesting"), Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(r.terminal().contains("dry run, would ingest 6 files"), r.terminal());
    }
}

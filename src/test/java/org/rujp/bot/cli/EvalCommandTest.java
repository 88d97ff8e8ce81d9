package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rujp-bot eval} on bad input: none of these cases loads the model. */
class EvalCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path goldDir(String yaml) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("gold-en.yaml"), yaml, StandardCharsets.UTF_8);
        return gold;
    }

    @Nested
    class BrokenGoldSet {
        @Test
        void invalidYamlNamesTheFileAndLineAndExitsWith3() throws IOException {
            Path gold = goldDir("""
                    lang: en
                    questions:
                      - id: en-001
                        q: "When was it extended?
                        facts: [iy21-extended]
                      - id: en-002
                    """);

            Run r = run("eval", "--gold", gold.toString());

            assertEquals(Main.EXIT_INPUT, r.code(), r.err());
            assertTrue(r.err().contains(gold.resolve("gold-en.yaml") + ":"), r.err());
            assertTrue(r.err().matches("(?s).*gold-en\\.yaml:[4-7]: is not valid YAML.*"), r.err());
            assertFalse(Files.exists(dir.resolve("data/rujp-bot.db")), "no run stored");
        }

        @Test
        void anUnknownFactIdNamesTheFileLineAndId() throws IOException {
            Path gold = goldDir("""
                    lang: en
                    questions:
                      - id: en-001
                        q: "When was the year extended?"
                        facts: [no-such-fact]
                        answer: ["2021"]
                        type: date
                    """);

            Run r = run("eval", "--gold", gold.toString());

            assertEquals(Main.EXIT_INPUT, r.code(), r.err());
            assertTrue(r.err().contains(gold.resolve("gold-en.yaml") + ":5: questions[0].facts: unknown fact id 'no-such-fact'"), r.err());
        }
    }

    @Nested
    class StoredRunsAndLog {
        @Test
        void compareWithoutAnyStoredRunIsAUsageError() {
            Run r = run("eval", "--compare", "1", "2");

            assertEquals(Main.EXIT_USAGE, r.code());
            assertTrue(r.err().contains("no evaluation runs stored"), r.err());
        }

        @Test
        void compareWithANonNumericRunIdIsAUsageError() {
            Run r = run("eval", "--compare", "1", "latest");

            assertEquals(Main.EXIT_USAGE, r.code());
            assertTrue(r.err().contains("not 'latest'"), r.err());
        }

        @Test
        void runsWithNoDatabaseSaysSo() {
            Run r = run("eval", "--runs");

            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("no evaluation runs stored"), r.out());
        }

        @Test
        void fromLogWithNoLogNamesTheMissingFileAndExitsWith3() {
            Run r = run("eval", "--from-log");

            assertEquals(Main.EXIT_INPUT, r.code());
            assertTrue(r.err().contains("no conversation log at " + dir.resolve("data").resolve("rujp-bot.db")), r.err());
            assertFalse(Files.exists(dir.resolve("data/rujp-bot.db")), "nothing created");
        }

        @Test
        void fromLogWithABadDateIsAUsageError() {
            Run r = run("eval", "--from-log", "--since", "yesterday");

            assertEquals(Main.EXIT_USAGE, r.code());
            assertTrue(r.err().contains("--since must be a date"), r.err());
        }

        @Test
        void modesDoNotCombine() {
            Run r = run("eval", "--runs", "--from-log");

            assertEquals(Main.EXIT_USAGE, r.code());
            assertTrue(r.err().contains("go alone"), r.err());
        }
    }
}

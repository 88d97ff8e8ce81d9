package org.rujp.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README tells the truth: every command in its fenced shell blocks is run with {@code sh}, as written, in a
 * checkout-like directory (the README's {@code target/rujp-bot.jar} is a thin jar over the test class path, since the
 * real one is packaged after the tests; {@code rujp-bot} is {@code bin/rujp-bot} on the PATH; the knowledge and config
 * are this repository's), on a data directory of its own ({@code RUJP_DATA_DIR}). Each command must exit with 0 (or
 * with what an {@code echo $?} after it shows) and print the lines the README shows, in order; a line of "..." stands
 * for lines left out.
 *
 * <p>What is not run, and why:
 * <ul>
 *   <li>{@code mvn} commands: they are the build that runs this test ({@link #BUILD_COMMANDS}); the rest of a
 *       {@code mvn ... && java -jar ...} line is run;</li>
 *   <li>a block after {@code <!-- not run: REASON -->}: the reason must say what covers it instead (for
 *       {@code serve}, a Telegram token and server: TelegramBotEndToEndTest runs it against a Bot API on loopback).</li>
 * </ul>
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("README.md");
    /** The build commands the README shows: this test runs inside the second. */
    static final List<String> BUILD_COMMANDS = List.of("mvn -B -q package -DskipTests", "mvn -B test");
    /** Kept across builds (like the other tests' data under target/) so the index is built once, not on every run. */
    private static final Path DATA = Path.of("target", "readme-examples-data").toAbsolutePath();
    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern NOT_RUN = Pattern.compile("<!-- not run: (.+?) -->\\s*$", Pattern.DOTALL);

    @TempDir
    static Path tmp;
    static Path checkout;

    /** One fenced block: its commands, each with the lines it shows; or why it is not run. */
    record Block(int line, List<Example> examples, String notRun) {
    }

    /** A command and the output lines shown after it. */
    record Example(String command, List<String> shown) {
    }

    record Run(int code, String out, String err) {
        List<String> lines() {
            List<String> all = new ArrayList<>(out.lines().map(String::stripTrailing).toList());
            all.addAll(err.lines().map(String::stripTrailing).toList());
            return all;
        }
    }

    @BeforeAll
    static void checkoutWithTheLauncherAndAThinJar() throws IOException {
        checkout = tmp.resolve("rujp-bot");
        LauncherTest.install(checkout, "target/rujp-bot.jar");
        Files.createSymbolicLink(checkout.resolve("knowledge"), Path.of("knowledge").toAbsolutePath());
        Files.createSymbolicLink(checkout.resolve("config"), Path.of("config").toAbsolutePath());
        Files.createDirectories(DATA);
        try (Stream<Path> old = Files.list(DATA)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("rujp-bot.db")).toList()) {
                Files.delete(p); // a fresh conversation log each run; the index and the model file are kept
            }
        }
    }

    /** The links go before JUnit cleans up the temporary directory, which warns about links leading out of it. */
    @AfterAll
    static void removeTheLinks() throws IOException {
        Files.deleteIfExists(checkout.resolve("knowledge"));
        Files.deleteIfExists(checkout.resolve("config"));
    }

    static List<Block> blocks(String readme) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(readme);
        while (m.find()) {
            String lang = m.group(1);
            if (!lang.isEmpty() && !lang.equals("sh") && !lang.equals("shell") && !lang.equals("console")) {
                continue; // yaml, a directory tree shown as text is fenced without a language but holds no command (below)
            }
            int line = (int) readme.substring(0, m.start()).lines().count() + 1;
            Matcher reason = NOT_RUN.matcher(readme.substring(Math.max(0, m.start() - 400), m.start()));
            List<Example> examples = examples(m.group(2));
            if (examples.isEmpty()) {
                continue;
            }
            blocks.add(new Block(line, examples, reason.find() ? reason.group(1).strip() : null));
        }
        return blocks;
    }

    /** "$ command" lines and the lines shown after each; a block without "$" lines is one or more bare commands. */
    static List<Example> examples(String body) {
        List<String> lines = body.lines().toList();
        List<Example> examples = new ArrayList<>();
        if (lines.stream().noneMatch(l -> l.startsWith("$ "))) {
            lines.stream().filter(l -> l.startsWith("mvn ") || l.startsWith("java ") || l.startsWith("rujp-bot ")
                    || l.matches("^[A-Z_]+=\\S* .*")).forEach(l -> examples.add(new Example(l, List.of())));
            return examples;
        }
        String command = null;
        List<String> shown = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("$ ")) {
                if (command != null) {
                    examples.add(new Example(command, List.copyOf(shown)));
                }
                command = l.substring(2);
                shown.clear();
            } else if (command != null) {
                shown.add(l.stripTrailing());
            }
        }
        examples.add(new Example(command, List.copyOf(shown)));
        return examples;
    }

    @Test
    void theReadmeHasRunnableExamplesAndSaysWhyTheOthersAreNotRun() throws IOException {
        List<Block> blocks = blocks(Files.readString(README, StandardCharsets.UTF_8));

        assertTrue(blocks.stream().filter(b -> b.notRun() == null).mapToInt(b -> b.examples().size()).sum() >= 5, blocks.toString());
        for (Block b : blocks) {
            if (b.notRun() != null) {
                assertTrue(b.notRun().matches(".*\\b(covers|covered)\\b.*"), "README line " + b.line()
                        + ": a block not run says what covers it instead: " + b.notRun());
                Matcher test = Pattern.compile("\\b([A-Z]\\w+Test)\\b").matcher(b.notRun());
                assertTrue(test.find(), "README line " + b.line() + ": names the test that covers it: " + b.notRun());
                do {
                    String name = test.group(1);
                    try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
                        assertTrue(files.anyMatch(f -> f.getFileName().toString().equals(name + ".java")),
                                "README line " + b.line() + " names " + name + ", which does not exist");
                    }
                } while (test.find());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommandBehavesAsTheReadmeShows() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Block block : blocks(Files.readString(README, StandardCharsets.UTF_8))) {
            if (block.notRun() != null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest("README line " + block.line() + ": " + block.examples().get(0).command(), () -> check(block)));
        }
        return tests.stream();
    }

    private static void check(Block block) throws Exception {
        Run previous = null;
        String previousCommand = null;
        boolean exitShown = false;
        for (Example e : block.examples()) {
            if (e.command().equals("echo $?")) {
                assertEquals(List.of(Integer.toString(previous.code())), e.shown(), previousCommand + "\n" + previous.err());
                exitShown = true;
                continue;
            }
            assertExit(previous, previousCommand, exitShown);
            previousCommand = e.command();
            exitShown = false;
            previous = run(e.command());
            assertShows(e.shown(), previous, e.command());
            if (e.command().contains("RUJP_LOG_LEVEL=WARN")) {
                assertTrue(previous.err().lines().noneMatch(l -> l.contains(" INFO ")), "RUJP_LOG_LEVEL=WARN shows no INFO line:\n" + previous.err());
            } else if (e.command().contains(" ask ")) {
                assertTrue(previous.err().contains("INFO  App - Ready in"), "at the default level the start-up line is logged:\n" + previous.err());
            }
        }
        assertExit(previous, previousCommand, exitShown);
    }

    private static void assertExit(Run run, String command, boolean shown) {
        if (run != null && !shown) {
            assertEquals(0, run.code(), command + " exits with 0 (the README shows no other code):\n" + run.out() + run.err());
        }
    }

    /** The lines shown appear in the output (standard output, then standard error) in the same order; "..." skips. */
    private static void assertShows(List<String> shown, Run run, String command) {
        List<String> actual = run.lines();
        int at = 0;
        for (String line : shown) {
            if (line.strip().equals("...")) {
                continue;
            }
            int found = actual.subList(at, actual.size()).indexOf(line);
            assertTrue(found >= 0, command + "\nshows no line\n  " + line + "\nafter line " + at + " of\n" + String.join("\n", actual));
            at += found + 1;
        }
    }

    /** The command line through sh, build commands left out, in the checkout, on the README test's data directory. */
    private static Run run(String command) throws Exception {
        List<String> parts = new ArrayList<>();
        for (String part : command.split(" && ")) {
            if (part.startsWith("mvn ")) {
                assertTrue(BUILD_COMMANDS.contains(part.strip()), "an unknown build command in the README: " + part);
            } else {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return new Run(0, "", "");
        }
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", String.join(" && ", parts)).directory(checkout.toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("RUJP_") || k.startsWith("TELEGRAM_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", checkout.resolve("bin") + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("RUJP_DATA_DIR", DATA.toString());
        env.put("RUJP_CDS", "off"); // the class-data archive cannot map a class path of directories
        Files.setPosixFilePermissions(checkout.resolve("bin/rujp-bot"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish within 300 s");
        }
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void exampleBlocksAreReadAsCommandsAndTheLinesTheyShow() {
        List<Example> examples = examples("$ rujp-bot evl\nrujp-bot: unknown command\n$ echo $?\n2\n");

        assertEquals(List.of(new Example("rujp-bot evl", List.of("rujp-bot: unknown command")), new Example("echo $?", List.of("2"))), examples);
        assertEquals(List.of(new Example("mvn -B test", List.of())), examples("mvn -B test\n"));
        assertFalse(examples("knowledge/\n  aliases.yaml\n").iterator().hasNext(), "a directory tree is no command");
    }
}

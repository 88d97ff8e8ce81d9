package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.TestBots;

/**
 * The command line started in a new JVM from a directory that holds none of the bot's files, as
 * {@code cd /tmp && java -jar /opt/rujp-bot/rujp-bot.jar ask ...} runs it: the bot's classes are a jar in an
 * install directory, the libraries are on the class path as the shaded jar would carry them.
 */
class RunFromAnotherDirectoryTest {
    static final String QUESTION = "When was the year of interregional exchanges extended?";

    @TempDir
    Path temp;
    Path install;
    Path elsewhere;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void installTheJar() throws IOException {
        install = Files.createDirectories(temp.resolve("opt/rujp-bot"));
        elsewhere = Files.createDirectories(temp.resolve("home/user"));
        jarOf(Path.of("target/classes"), install.resolve("rujp-bot.jar"));
    }

    @Test
    void aJarBesideItsKnowledgeAndConfigAnswersAndKeepsItsDataBesideThem() throws Exception {
        copyTree(Path.of("knowledge"), install.resolve("knowledge"));
        copyTree(Path.of("config"), install.resolve("config"));
        TestBots.seedIndex(install.resolve("data"));

        Run r = run(elsewhere, "ask", QUESTION);

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2021"), r.out());
        assertTrue(r.out().contains("[1] Russkiy Mir Foundation"), r.out());
        assertTrue(Files.exists(install.resolve("data/rujp-bot.db")), "the conversation log is next to the jar's knowledge");
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertEquals(List.of(), left.toList(), "nothing is written to the working directory");
        }
    }

    @Test
    void aMissingKnowledgeDirectoryNamesThePathAndWhereItWasLookedFor() throws Exception {
        Run r = run(elsewhere, "ask", QUESTION);

        assertEquals(Main.EXIT_INPUT, r.code(), r.err());
        Path cwd = elsewhere.toRealPath();
        assertTrue(r.err().contains(cwd.resolve("knowledge") + ": knowledge directory does not exist"), r.err());
        assertTrue(r.err().contains("the working directory " + cwd + ", " + install.toRealPath()), r.err());
        assertTrue(r.err().contains("--knowledge-dir"), r.err());
    }

    @Test
    void aKnowledgeDirectoryGivenOnTheCommandLineIsReadFromTheWorkingDirectory() throws Exception {
        copyTree(Path.of("knowledge"), elsewhere.resolve("kb"));

        Run r = run(elsewhere, "ask", "--knowledge-dir", "no-such-kb", QUESTION);

        assertEquals(Main.EXIT_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(elsewhere.toRealPath().resolve("no-such-kb") + ": knowledge directory does not exist"), r.err());
    }

    private Run run(Path workingDirectory, String... args) throws Exception {
        String libraries = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> !p.endsWith("classes"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", install.resolve("rujp-bot.jar") + java.io.File.pathSeparator + libraries,
                "org.rujp.bot.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("RUJP_") && !k.equals("RUJP_LOG_LEVEL"));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the command did not finish in 3 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A jar of the bot's own classes, as the build puts them in the shaded jar. */
    private static void jarOf(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}

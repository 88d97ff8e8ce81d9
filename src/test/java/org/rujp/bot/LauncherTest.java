package org.rujp.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/rujp-bot} with {@code sh}, from a directory other than the one it lives in. The jar it
 * finds is a thin one whose manifest points at the test class path, since the real jar is packaged after the
 * tests run.
 */
class LauncherTest {
    private static final Path SCRIPT = Path.of("bin", "rujp-bot").toAbsolutePath();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    @Test
    void findsTheJarNextToItselfAndPrintsTheUsage() throws Exception {
        Path bin = install(tmp.resolve("app"), "bin/rujp-bot.jar");
        Run r = sh(bin.resolve("rujp-bot"), "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: rujp-bot"), r.out());
        assertTrue(r.out().contains("ask"), r.out());
    }

    @Test
    void findsTheJarInTargetBesideItsBinDirectory() throws Exception {
        Path bin = install(tmp.resolve("checkout"), "target/rujp-bot.jar");
        Run r = sh(bin.resolve("rujp-bot"), "ask", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: rujp-bot ask"), r.out());
    }

    @Test
    void passesEveryArgumentThroughUnchangedAndReturnsTheExitCode() throws Exception {
        Path bin = install(tmp.resolve("app"), "bin/rujp-bot.jar");
        Run r = sh(bin.resolve("rujp-bot"), "ask", "--json", "a question in  several words");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("do not also give one as an argument"), r.err());
    }

    @Test
    void saysHowToBuildTheJarWhenThereIsNone() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bare/bin"));
        Files.copy(SCRIPT, bin.resolve("rujp-bot"));
        Run r = sh(bin.resolve("rujp-bot"), "--help");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("mvn -B -q package -DskipTests"), r.err());
    }

    /** Copies the script into {@code root/bin} and writes a thin jar at {@code root/jarPath}. */
    static Path install(Path root, String jarPath) throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Files.copy(SCRIPT, bin.resolve("rujp-bot"));
        Path jar = root.resolve(jarPath);
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.rujp.bot.cli.Main");
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
        return bin;
    }

    private Run sh(Path script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("RUJP_BOT_JAR");
        env.put("RUJP_DATA_DIR", tmp.resolve("data").toString());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/rujp-bot did not finish within 60 s");
        }
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}

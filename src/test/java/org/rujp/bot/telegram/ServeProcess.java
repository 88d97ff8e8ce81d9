package org.rujp.bot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code rujp-bot serve} in a JVM of its own, so that a test can kill it with SIGKILL. */
final class ServeProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ServeProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts serve on {@code dataDir} with these environment variables; returns once it serves. */
    static ServeProcess start(Path dataDir, Map<String, String> env, Path log) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classPath, "org.rujp.bot.cli.Main", "serve", "--data-dir", dataDir.toString()));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        b.environment().keySet().removeIf(k -> k.startsWith("RUJP_") || k.startsWith("TELEGRAM_"));
        b.environment().putAll(env);
        ServeProcess p = new ServeProcess(b.start(), log);
        p.awaitLog("Serving as @", Duration.ofSeconds(120));
        return p;
    }

    void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("serve ended (exit " + process.exitValue() + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("serve did not log '" + text + "' within " + timeout + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}

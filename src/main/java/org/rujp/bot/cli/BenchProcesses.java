package org.rujp.bot.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The figures of {@code bench} that need a new JVM: cold start and the peak resident memory of {@code ask --json},
 * run as a user runs them, either as {@code java -jar} (plain: how the bot ran before the launcher) or through
 * {@code bin/rujp-bot} (the launcher's JVM options).
 */
final class BenchProcesses {
    /** A child's wall-clock time and the highest resident memory seen (VmHWM of it and its children, Linux only). */
    record Run(long millis, long peakRssKb) {
    }

    private final String java;
    private final Optional<Path> jar;
    private final Optional<Path> launcher;

    private BenchProcesses(String java, Optional<Path> jar, Optional<Path> launcher) {
        this.java = java;
        this.jar = jar;
        this.launcher = launcher;
    }

    /** The running JVM's java and jar, and {@code bin/rujp-bot} next to the jar's directory or inside it. */
    static BenchProcesses find() {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path", "");
        Optional<Path> jar = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                ? Optional.of(Path.of(classPath).toAbsolutePath()) : Optional.empty();
        Optional<Path> launcher = jar.flatMap(j -> {
            Path dir = j.getParent();
            for (Path candidate : new Path[] {dir.resolve("rujp-bot"), dir.resolve("bin/rujp-bot"), dir.resolveSibling("bin").resolve("rujp-bot")}) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        });
        return new BenchProcesses(java, jar, launcher);
    }

    boolean hasLauncher() {
        return launcher.isPresent();
    }

    Optional<Path> launcher() {
        return launcher;
    }

    /** {@code java -cp <this class path> Main args...}: the plain JVM, no launcher options. */
    List<String> plain(List<String> args) {
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return command;
    }

    /** {@code sh bin/rujp-bot args...} with the jar this JVM runs. */
    List<String> launched(List<String> args) {
        List<String> command = new ArrayList<>(List.of("sh", launcher.orElseThrow().toString()));
        command.addAll(args);
        return command;
    }

    /** Runs the command to the end, feeding {@code stdin} (or nothing), watching its resident memory. */
    Run run(List<String> command, Map<String, String> env, Optional<Path> stdin) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        jar.ifPresent(j -> builder.environment().put("RUJP_BOT_JAR", j.toString()));
        stdin.ifPresent(f -> builder.redirectInput(f.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRssKb(process.toHandle()));
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(300)) {
                process.destroyForcibly();
                throw new IllegalStateException("a benchmark run did not finish within 300 s: " + command);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("a benchmark run exited with " + process.exitValue() + ": " + command);
        }
        return new Run(millis, peak);
    }

    /** The largest VmHWM of the process and its descendants (the launcher's sh execs java, or waits for it). */
    private static long peakRssKb(ProcessHandle process) {
        long peak = vmHwm(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            peak = Math.max(peak, vmHwm(child.pid()));
        }
        return peak;
    }

    private static long vmHwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone already, or not Linux
        }
        return 0;
    }

    /** Median of the values. */
    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}

package org.rujp.bot.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.rujp.bot.Progress;

/**
 * Progress as a bar redrawn in place (progressbar), on a stream that is a terminal; on a file or a pipe, or with
 * {@code --quiet}, nothing at all, so logs and captured output hold no carriage-return clutter.
 */
final class ProgressBars implements Progress {
    private final PrintStream stream;

    ProgressBars(PrintStream stream) {
        this.stream = stream;
    }

    /** Bars on standard error when it is a terminal and the user did not ask for quiet. */
    static Progress onStandardError(boolean quiet) {
        return quiet || !standardErrorIsTerminal() ? Progress.SILENT : new ProgressBars(System.err);
    }

    /**
     * Whether standard error is a terminal: on Linux its descriptor links to a tty or pty device; elsewhere, whether the
     * JVM has a console (standard input and output are terminals), the nearest the JDK tells.
     */
    static boolean standardErrorIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            } catch (java.io.IOException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    static boolean isTerminalDevice(String path) {
        return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty") || path.equals("/dev/console");
    }

    @Override
    public Task start(String name, long total) {
        stream.flush();
        ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(stream)).build();
        return new Task() {
            @Override
            public void step(long done) {
                bar.stepBy(done);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}

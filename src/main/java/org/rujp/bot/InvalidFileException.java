package org.rujp.bot;

import java.nio.file.Path;

/**
 * A file the bot reads (knowledge, configuration, gold set, raw article) is missing or invalid.
 * The message names the file, the line when known, and the reason.
 */
public class InvalidFileException extends BotException {
    private final Path file;
    private final int line;

    public InvalidFileException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    public InvalidFileException(Path file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** One-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}

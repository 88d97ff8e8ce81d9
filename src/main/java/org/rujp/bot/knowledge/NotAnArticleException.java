package org.rujp.bot.knowledge;

import java.nio.file.Path;
import org.rujp.bot.InvalidFileException;

/**
 * A raw file holds no article at all (empty, or nothing but page furniture), as opposed to an article
 * missing something. A directory walk skips such a file; a file the operator named fails.
 */
public final class NotAnArticleException extends InvalidFileException {
    private final String reason;

    public NotAnArticleException(Path file, String reason) {
        super(file, 0, reason);
        this.reason = reason;
    }

    /** Why, without the file name. */
    public String reason() {
        return reason;
    }
}

package org.rujp.bot;

/**
 * The one unchecked exception root of the bot. Subclasses name what failed and carry the context
 * (file and line, chat id, setting key) in their message, so that a user reading it knows what to fix.
 */
public class BotException extends RuntimeException {
    public BotException(String message) {
        super(message);
    }

    public BotException(String message, Throwable cause) {
        super(message, cause);
    }
}

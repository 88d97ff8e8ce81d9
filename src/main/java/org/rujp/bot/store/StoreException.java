package org.rujp.bot.store;

import org.rujp.bot.BotException;

/** The SQLite store failed; the message names the database file and what went wrong. */
public class StoreException extends BotException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

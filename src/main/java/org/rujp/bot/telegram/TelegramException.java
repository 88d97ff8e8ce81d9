package org.rujp.bot.telegram;

import org.rujp.bot.BotException;

/** The Telegram adapter failed (start-up, configuration, API). Messages never contain the bot token. */
public class TelegramException extends BotException {
    public TelegramException(String message) {
        super(message);
    }

    public TelegramException(String message, Throwable cause) {
        super(message, cause);
    }
}

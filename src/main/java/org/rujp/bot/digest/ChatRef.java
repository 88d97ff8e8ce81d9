package org.rujp.bot.digest;

import java.util.Objects;
import org.rujp.bot.knowledge.Lang;

/**
 * The chat a digest command came from.
 *
 * @param chatId the Telegram chat id
 * @param chatType "private", "group", "supergroup" or "channel"
 * @param lang the language to answer in (the user's Telegram language, or the detected one)
 */
public record ChatRef(long chatId, String chatType, Lang lang) {
    public ChatRef {
        Objects.requireNonNull(chatType, "chatType");
        Objects.requireNonNull(lang, "lang");
    }
}

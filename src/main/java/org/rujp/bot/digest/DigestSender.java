package org.rujp.bot.digest;

import java.util.List;

/**
 * Sends one digest message to a chat: the narrow gateway the Telegram adapter implements
 * ({@code sendMessage} with {@code parse_mode=HTML} and an inline keyboard, one button per row).
 * Implementations report failures as outcomes; a thrown exception counts as {@link SendOutcome.Failed}.
 * Called from several threads at once.
 */
@FunctionalInterface
public interface DigestSender {
    SendOutcome send(long chatId, String html, List<DigestButton> buttons);
}

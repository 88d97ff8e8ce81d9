package org.rujp.bot.telegram;

import java.util.List;
import java.util.Optional;

/**
 * The few Bot API calls the bot makes. Implementations never throw for API or network failures; they
 * return the outcome, and no outcome or message ever contains the token.
 */
public interface BotGateway {
    SendResult send(OutgoingMessage message);

    /** Replaces the text (and buttons) of a message the bot sent. */
    SendResult edit(long chatId, long messageId, String text, boolean html, List<Button> buttons);

    /** Acknowledges a button press; {@code text} (at most 200 chars) is shown briefly, or nothing when empty. */
    SendResult answerCallback(String callbackId, String text);

    /** Shows "typing..." in the chat for up to 5 seconds. */
    SendResult typing(long chatId);

    /** Registers the command menu, for one interface language ({@code languageCode}) or for all (empty). */
    SendResult setCommands(List<BotCommandSpec> commands, Optional<String> languageCode);

    /**
     * getChatMember: the user's status in the chat ("creator", "administrator", "member", "restricted",
     * "left", "kicked"); empty when the call fails.
     */
    Optional<String> getChatMember(long chatId, long userId);

    /** The bot's own identity; throws {@link TelegramException} when the API cannot be reached or rejects the token. */
    BotIdentity getMe();
}

package org.rujp.bot.telegram;

import org.rujp.bot.text.Html;
import java.util.List;

/**
 * A message to send.
 *
 * @param chatId the chat
 * @param text the text, at most {@link MessageSplitter#LIMIT} characters
 * @param html whether {@code text} is Bot API HTML (otherwise plain text)
 * @param buttons inline buttons (may be empty)
 * @param replyTo the message to reply to, or 0
 * @param stacked one button per row (digest items) instead of all buttons in one row
 */
public record OutgoingMessage(long chatId, String text, boolean html, List<Button> buttons, long replyTo, boolean stacked) {
    public OutgoingMessage {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("chat " + chatId + ": a message needs text");
        }
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    /** A message with its buttons in one row. */
    public OutgoingMessage(long chatId, String text, boolean html, List<Button> buttons, long replyTo) {
        this(chatId, text, html, buttons, replyTo, false);
    }

    public static OutgoingMessage html(long chatId, String text) {
        return new OutgoingMessage(chatId, text, true, List.of(), 0);
    }

    public OutgoingMessage withButtons(List<Button> more) {
        return new OutgoingMessage(chatId, text, html, more, replyTo, stacked);
    }

    public OutgoingMessage replyingTo(long messageId) {
        return new OutgoingMessage(chatId, text, html, buttons, messageId, stacked);
    }

    /** The same message as plain text: tags removed and entities unescaped. */
    public OutgoingMessage asPlainText() {
        return html ? new OutgoingMessage(chatId, Html.toPlain(text), false, buttons, replyTo, stacked) : this;
    }
}

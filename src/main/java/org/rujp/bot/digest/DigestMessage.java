package org.rujp.bot.digest;

import java.util.List;

/**
 * One Telegram message of a digest: HTML ({@code parse_mode=HTML}) and its inline buttons, one per row.
 *
 * @param html at most {@link #MAX_LENGTH} characters of Telegram HTML
 * @param buttons follow-up buttons for the items in this message
 */
public record DigestMessage(String html, List<DigestButton> buttons) {
    /** Telegram's limit for a text message. */
    public static final int MAX_LENGTH = 4096;

    public DigestMessage {
        if (html == null || html.isEmpty() || html.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a message must have 1-" + MAX_LENGTH + " characters but has "
                    + (html == null ? 0 : html.length()));
        }
        buttons = List.copyOf(buttons);
    }
}

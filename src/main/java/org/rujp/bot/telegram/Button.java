package org.rujp.bot.telegram;

import java.nio.charset.StandardCharsets;

/**
 * An inline keyboard button with callback data.
 *
 * @param text the label
 * @param data the callback data, 1-64 bytes as the Bot API requires
 */
public record Button(String text, String data) {
    public static final int MAX_DATA_BYTES = 64;

    public Button {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a button needs a label");
        }
        int bytes = data == null ? 0 : data.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 1 || bytes > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data must be 1-64 bytes, was " + bytes + ": " + data);
        }
    }
}

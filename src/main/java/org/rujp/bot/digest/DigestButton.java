package org.rujp.bot.digest;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An inline button under a digest message.
 *
 * @param text the label
 * @param callbackData what Telegram sends back when it is pressed: 1-64 bytes
 */
public record DigestButton(String text, String callbackData) {
    public static final int MAX_CALLBACK_BYTES = 64;

    public DigestButton {
        Objects.requireNonNull(text, "text");
        int bytes = callbackData == null ? 0 : callbackData.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 1 || bytes > MAX_CALLBACK_BYTES) {
            throw new IllegalArgumentException("callback data must be 1-64 bytes but '" + callbackData + "' is " + bytes);
        }
    }
}

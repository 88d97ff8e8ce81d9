package org.rujp.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tags callback data with a keyed hash of the chat and the data, so that a button cannot be forged
 * (turn ids are sequential) nor replayed in another chat. The key is derived from the bot token,
 * which only the bot knows; a new token makes the old buttons unverifiable, and they are then refused.
 */
final class CallbackSigner {
    private static final int TAG_CHARS = 11; // 66 bits

    private final SecretKeySpec key;

    CallbackSigner(BotToken token) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("rujp-bot callback data:" + token.value()).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code data:tag}, for a button in {@code chatId}; at most 64 bytes for data of up to 52. */
    String sign(long chatId, String data) {
        return data + ":" + tag(chatId, data);
    }

    /** The data without its tag when the tag is right for this chat; null otherwise. */
    String verify(long chatId, String signed) {
        int colon = signed.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        String data = signed.substring(0, colon);
        byte[] given = signed.substring(colon + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, tag(chatId, data).getBytes(StandardCharsets.US_ASCII)) ? data : null;
    }

    private String tag(long chatId, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal((chatId + "\n" + data).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h).substring(0, TAG_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

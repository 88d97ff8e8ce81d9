package org.rujp.bot.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The log message ({@code %pmsg} in logback.xml) with every chat and user id replaced by a short code:
 * "chat 4242" becomes "chat #3f9a0c21". The code is a keyed hash under a key drawn at each start, so the
 * lines of one run can be followed, while the log cannot be joined to Telegram accounts, nor one run's
 * codes to the next.
 */
public final class PseudonymousMessageConverter extends MessageConverter {
    private static final Pattern ID = Pattern.compile("(?i)\\b(chat|user|chat_id|user_id)([ =:]+)(-?\\d{3,19})\\b");
    private static final SecretKeySpec KEY;

    static {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        KEY = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    /** The text with each chat or user id replaced by its code for this run. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + "#" + code(m.group(3))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String code(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(KEY);
            return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

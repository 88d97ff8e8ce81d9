package org.rujp.bot.telegram;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bot token, validated, and the one place that knows its value. {@link #toString()} and every
 * message built through {@link #redact(String)} show {@code ***} instead.
 */
public final class BotToken {
    private static final Pattern FORMAT = Pattern.compile("\\d+:[A-Za-z0-9_-]{30,}");
    public static final String MASK = "***";

    private final String value;

    private BotToken(String value) {
        this.value = value;
    }

    /**
     * Validates the token from {@code TELEGRAM_BOT_TOKEN}; the error never repeats the value.
     *
     * @throws TelegramException when missing or malformed
     */
    public static BotToken of(Optional<String> token) {
        if (token.isEmpty() || token.get().isBlank()) {
            throw new TelegramException("TELEGRAM_BOT_TOKEN is not set: export the token @BotFather gave you "
                    + "(TELEGRAM_BOT_TOKEN=123456:ABC...) and run rujp-bot serve again");
        }
        String t = token.get().strip();
        if (!FORMAT.matcher(t).matches()) {
            throw new TelegramException("TELEGRAM_BOT_TOKEN is malformed (" + t.length()
                    + " characters): a token looks like <digits>:<30 or more of A-Z a-z 0-9 _ ->");
        }
        return new BotToken(t);
    }

    /** The raw value, for the HTTP client only. */
    public String value() {
        return value;
    }

    /** The text with every occurrence of the token (and of its secret part) replaced by {@code ***}. */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String secret = value.substring(value.indexOf(':') + 1);
        return text.replace(value, MASK).replace(secret, MASK);
    }

    /** "IOException: message (cause: ...)" with the token redacted, for logs and rethrown exceptions. */
    public String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 4; t = t.getCause(), depth++) {
            if (depth > 0) {
                out.append(" (cause: ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(t.getMessage());
            }
        }
        out.append(")".repeat(Math.max(0, depth - 1)));
        return redact(out.toString());
    }

    @Override
    public String toString() {
        return "BotToken[" + MASK + "]";
    }
}

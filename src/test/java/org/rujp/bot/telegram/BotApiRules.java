package org.rujp.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * What the Bot API rejects in sendMessage and editMessageText, strictly: unknown or unbalanced HTML
 * tags, a bare {@code <}, {@code >} or {@code &}, text over 4096 characters after entity parsing,
 * empty text, callback data outside 1-64 bytes.
 */
final class BotApiRules {
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike",
            "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

    private BotApiRules() {
    }

    /** What Telegram would reject, or null. */
    static String validate(JsonNode p) {
        if (!p.hasNonNull("chat_id")) {
            return "Bad Request: chat_id is empty";
        }
        String text = p.path("text").asText("");
        if (text.isBlank()) {
            return "Bad Request: message text is empty";
        }
        for (JsonNode row : p.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode b : row) {
                int bytes = b.path("callback_data").asText("").getBytes(StandardCharsets.UTF_8).length;
                if (bytes < 1 || bytes > 64) {
                    return "Bad Request: BUTTON_DATA_INVALID";
                }
            }
        }
        String visible = text;
        if ("HTML".equalsIgnoreCase(p.path("parse_mode").asText(""))) {
            try {
                visible = parseHtml(text);
            } catch (IllegalArgumentException e) {
                return "Bad Request: can't parse entities: " + e.getMessage();
            }
        }
        if (visible.length() > 4096) {
            return "Bad Request: message is too long";
        }
        return null;
    }

    /** Telegram's HTML rules, strictly: returns the visible text or throws with the reason. */
    static String parseHtml(String html) {
        StringBuilder visible = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed start tag at byte offset " + i);
                }
                String inner = html.substring(i + 1, end).strip();
                boolean closing = inner.startsWith("/");
                String name = (closing ? inner.substring(1) : inner).split("[\\s=]", 2)[0].toLowerCase(Locale.ROOT);
                if (!TAGS.contains(name)) {
                    throw new IllegalArgumentException("Unsupported start tag \"" + name + "\" at byte offset " + i);
                }
                if (closing) {
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        throw new IllegalArgumentException("Unmatched end tag at byte offset " + i + ", expected \"</"
                                + (open.isEmpty() ? "" : open.peek()) + ">\", found \"</" + name + ">\"");
                    }
                    open.pop();
                } else {
                    open.push(name);
                }
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String entity = end < 0 ? "" : html.substring(i + 1, end);
                switch (entity) {
                    case "lt" -> visible.append('<');
                    case "gt" -> visible.append('>');
                    case "amp" -> visible.append('&');
                    case "quot" -> visible.append('"');
                    default -> {
                        if (entity.matches("#\\d{1,7}")) {
                            visible.appendCodePoint(Integer.parseInt(entity.substring(1)));
                        } else {
                            throw new IllegalArgumentException("Character '&' is reserved and must be escaped at byte offset " + i);
                        }
                    }
                }
                i = end + 1;
            } else if (c == '>') {
                throw new IllegalArgumentException("Character '>' is reserved and must be escaped at byte offset " + i);
            } else {
                visible.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return visible.toString();
    }
}

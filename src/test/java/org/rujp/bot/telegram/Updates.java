package org.rujp.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builders of Bot API update JSON for {@link FakeBotApiServer#enqueue}. */
public final class Updates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]{3,32}");
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?");
    private static long nextMessageId = 1;

    private Updates() {
    }

    /** A text message in a private chat (chat id = user id). */
    public static ObjectNode privateText(long userId, String text) {
        return privateText(userId, text, "en");
    }

    public static ObjectNode privateText(long userId, String text, String languageCode) {
        return wrap("message", message(userId, "private", user(userId, false, languageCode), text));
    }

    /** A text message in a supergroup (negative chat id). */
    public static ObjectNode groupText(long chatId, long userId, String text) {
        return wrap("message", message(chatId, "supergroup", user(userId, false, "en"), text));
    }

    public static ObjectNode groupTextFromBot(long chatId, long botUserId, String text) {
        return wrap("message", message(chatId, "supergroup", user(botUserId, true, null), text));
    }

    /** A group message replying to a message of {@code repliedAuthor}. */
    public static ObjectNode groupReply(long chatId, long userId, String text, long repliedMessageId, long repliedAuthor, boolean authorIsBot) {
        ObjectNode m = message(chatId, "supergroup", user(userId, false, "en"), text);
        ObjectNode replied = m.putObject("reply_to_message").put("message_id", repliedMessageId).put("date", now());
        replied.putObject("chat").put("id", chatId).put("type", "supergroup").put("title", "Test group");
        replied.set("from", user(repliedAuthor, authorIsBot, null));
        replied.put("text", "earlier message");
        return wrap("message", m);
    }

    public static ObjectNode callback(long chatId, long messageId, long userId, String data) {
        ObjectNode q = JSON.createObjectNode().put("id", "cb" + (nextMessageId++)).put("chat_instance", "ci" + chatId).put("data", data);
        q.set("from", user(userId, false, "en"));
        ObjectNode m = q.putObject("message").put("message_id", messageId).put("date", now());
        m.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        return wrap("callback_query", q);
    }

    /** A press on a message the bot cannot see any more (date 0: inaccessible). */
    public static ObjectNode callbackOnUnknownMessage(long userId, String data) {
        ObjectNode q = JSON.createObjectNode().put("id", "cb" + (nextMessageId++)).put("chat_instance", "ci").put("data", data);
        q.set("from", user(userId, false, "en"));
        ObjectNode m = q.putObject("message").put("message_id", 999_999).put("date", 0);
        m.putObject("chat").put("id", userId).put("type", "private");
        return wrap("callback_query", q);
    }

    public static ObjectNode sticker(long userId) {
        ObjectNode m = message(userId, "private", user(userId, false, "en"), null);
        m.putObject("sticker").put("file_id", "st1").put("file_unique_id", "u1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return wrap("message", m);
    }

    public static ObjectNode photo(long userId) {
        ObjectNode m = message(userId, "private", user(userId, false, "ru"), null);
        m.putArray("photo").addObject().put("file_id", "ph1").put("file_unique_id", "u2").put("width", 90).put("height", 90);
        m.put("caption", "what is this?");
        return wrap("message", m);
    }

    public static ObjectNode voice(long userId) {
        ObjectNode m = message(userId, "private", user(userId, false, "en"), null);
        m.putObject("voice").put("file_id", "v1").put("file_unique_id", "u3").put("duration", 3);
        return wrap("message", m);
    }

    public static ObjectNode edited(long userId, String text) {
        ObjectNode m = message(userId, "private", user(userId, false, "en"), text);
        m.put("edit_date", now());
        return wrap("edited_message", m);
    }

    public static ObjectNode channelPost(long chatId, String text) {
        ObjectNode m = JSON.createObjectNode().put("message_id", nextMessageId++).put("date", now()).put("text", text);
        m.putObject("chat").put("id", chatId).put("type", "channel").put("title", "A channel");
        return wrap("channel_post", m);
    }

    public static ObjectNode newMembers(long chatId, long userId) {
        ObjectNode m = message(chatId, "supergroup", user(userId, false, "en"), null);
        m.putArray("new_chat_members").add(user(userId + 1, false, "en"));
        return wrap("message", m);
    }

    private static ObjectNode message(long chatId, String type, ObjectNode from, String text) {
        ObjectNode m = JSON.createObjectNode().put("message_id", nextMessageId++).put("date", now());
        ObjectNode chat = m.putObject("chat").put("id", chatId).put("type", type);
        if (!type.equals("private")) {
            chat.put("title", "Test group");
        }
        m.set("from", from);
        if (text != null) {
            m.put("text", text);
            ArrayNode entities = JSON.createArrayNode();
            Matcher c = COMMAND.matcher(text);
            if (c.find()) {
                entities.addObject().put("type", "bot_command").put("offset", 0).put("length", c.end());
            }
            Matcher mention = MENTION.matcher(text);
            while (mention.find()) {
                if (mention.start() == 0 || text.charAt(mention.start() - 1) != '/' && !Character.isLetterOrDigit(text.charAt(mention.start() - 1))) {
                    entities.addObject().put("type", "mention").put("offset", mention.start()).put("length", mention.end() - mention.start());
                }
            }
            if (!entities.isEmpty()) {
                m.set("entities", entities);
            }
        }
        return m;
    }

    private static ObjectNode user(long id, boolean bot, String languageCode) {
        ObjectNode u = JSON.createObjectNode().put("id", id).put("is_bot", bot).put("first_name", bot ? "Other bot" : "User " + id);
        if (languageCode != null) {
            u.put("language_code", languageCode);
        }
        if (bot) {
            u.put("username", "other_bot");
        }
        return u;
    }

    private static ObjectNode wrap(String field, ObjectNode value) {
        ObjectNode u = JSON.createObjectNode();
        u.set(field, value);
        return u;
    }

    private static synchronized long now() {
        return System.currentTimeMillis() / 1000;
    }
}

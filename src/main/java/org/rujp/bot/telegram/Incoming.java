package org.rujp.bot.telegram;

import java.util.Optional;

/** An update, turned into our own terms. Everything else the adapter does works on these. */
public sealed interface Incoming permits Incoming.Text, Incoming.Press, Incoming.Other {

    long updateId();

    /**
     * A text message.
     *
     * @param chatType "private", "group", "supergroup" (channels arrive as {@link Other})
     * @param languageCode the sender's Telegram interface language, when known
     * @param replyToUserId the author of the message this one replies to, or 0
     * @param mentions the @usernames mentioned in the text (without @), lower case
     */
    record Text(long updateId, long chatId, String chatType, long messageId, long userId, boolean fromBot,
                Optional<String> languageCode, String text, long replyToUserId, java.util.List<String> mentions)
            implements Incoming {
        public Text {
            languageCode = languageCode == null ? Optional.empty() : languageCode;
            text = text == null ? "" : text;
            mentions = mentions == null ? java.util.List.of() : java.util.List.copyOf(mentions);
        }

        public boolean isPrivate() {
            return "private".equals(chatType);
        }
    }

    /**
     * A press on one of our inline buttons.
     *
     * @param chatId the chat of the message the button is on, or 0 when that message is inaccessible
     * @param messageId that message, or 0
     */
    record Press(long updateId, String callbackId, long chatId, long messageId, long userId,
                 Optional<String> languageCode, String data) implements Incoming {
        public Press {
            languageCode = languageCode == null ? Optional.empty() : languageCode;
            data = data == null ? "" : data;
        }
    }

    /**
     * Anything the bot does not answer (stickers, photos, edits, channel posts, members joining).
     *
     * @param privateChat a new message in a private chat, where the bot says it reads text only
     */
    record Other(long updateId, long chatId, boolean privateChat, Optional<String> languageCode, String kind)
            implements Incoming {
        public Other {
            languageCode = languageCode == null ? Optional.empty() : languageCode;
        }
    }
}

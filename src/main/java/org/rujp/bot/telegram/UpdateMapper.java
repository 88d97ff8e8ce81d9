package org.rujp.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Turns TelegramBots' {@link Update} into {@link Incoming}; never throws on odd or partial updates. */
public final class UpdateMapper {
    private UpdateMapper() {
    }

    public static Incoming map(Update u) {
        long id = u.getUpdateId() == null ? -1 : u.getUpdateId();
        try {
            if (u.hasMessage()) {
                return message(id, u.getMessage());
            }
            if (u.hasCallbackQuery()) {
                return press(id, u.getCallbackQuery());
            }
            return new Incoming.Other(id, 0, false, Optional.empty(), kind(u));
        } catch (RuntimeException e) {
            return new Incoming.Other(id, 0, false, Optional.empty(), "malformed update (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Incoming message(long id, Message m) {
        long chatId = m.getChat() == null || m.getChat().getId() == null ? 0 : m.getChat().getId();
        String chatType = m.getChat() == null || m.getChat().getType() == null ? "" : m.getChat().getType();
        User from = m.getFrom();
        if (!m.hasText() || from == null || chatId == 0 || chatType.equals("channel")) {
            boolean fromPerson = from != null && !Boolean.TRUE.equals(from.getIsBot());
            boolean media = m.hasSticker() || m.hasPhoto() || m.hasVoice() || m.hasDocument() || m.hasVideo()
                    || m.hasAudio() || m.hasVideoNote() || m.hasAnimation();
            return new Incoming.Other(id, chatId, chatType.equals("private") && fromPerson && media,
                    Optional.ofNullable(from == null ? null : from.getLanguageCode()), describe(m));
        }
        long replyTo = 0;
        Message reply = m.getReplyToMessage();
        if (reply != null && reply.getFrom() != null && reply.getFrom().getId() != null) {
            replyTo = reply.getFrom().getId();
        }
        return new Incoming.Text(id, chatId, chatType, m.getMessageId() == null ? 0 : m.getMessageId(),
                from.getId() == null ? 0 : from.getId(), Boolean.TRUE.equals(from.getIsBot()),
                Optional.ofNullable(from.getLanguageCode()), m.getText(), replyTo, mentions(m));
    }

    private static List<String> mentions(Message m) {
        List<String> out = new ArrayList<>();
        if (m.getEntities() != null) {
            for (MessageEntity e : m.getEntities()) {
                if ("mention".equals(e.getType()) && e.getOffset() != null && e.getLength() != null) {
                    int from = e.getOffset();
                    int to = from + e.getLength();
                    if (from >= 0 && to <= m.getText().length() && to - from > 1) {
                        out.add(m.getText().substring(from + 1, to).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        // Clients and test servers do not always send entities: also read @names from the text.
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?<![\\w@])@([A-Za-z0-9_]{3,32})").matcher(m.getText());
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static Incoming press(long id, CallbackQuery q) {
        MaybeInaccessibleMessage msg = q.getMessage();
        long chatId = msg == null || msg.getChatId() == null ? 0 : msg.getChatId();
        long messageId = msg == null || msg.getMessageId() == null ? 0 : msg.getMessageId();
        User from = q.getFrom();
        return new Incoming.Press(id, q.getId(), chatId, messageId, from == null || from.getId() == null ? 0 : from.getId(),
                Optional.ofNullable(from == null ? null : from.getLanguageCode()), q.getData());
    }

    private static String describe(Message m) {
        if (m.hasSticker()) {
            return "sticker";
        }
        if (m.hasPhoto()) {
            return "photo";
        }
        if (m.hasVoice()) {
            return "voice";
        }
        if (m.getNewChatMembers() != null && !m.getNewChatMembers().isEmpty()) {
            return "new chat members";
        }
        if (m.getChat() != null && "channel".equals(m.getChat().getType())) {
            return "channel message";
        }
        return m.hasText() ? "text without sender" : "non-text message";
    }

    private static String kind(Update u) {
        if (u.hasEditedMessage()) {
            return "edited message";
        }
        if (u.hasChannelPost()) {
            return "channel post";
        }
        if (u.hasEditedChannelPost()) {
            return "edited channel post";
        }
        if (u.hasMyChatMember()) {
            return "bot membership change";
        }
        if (u.hasInlineQuery()) {
            return "inline query";
        }
        return "unsupported update";
    }
}

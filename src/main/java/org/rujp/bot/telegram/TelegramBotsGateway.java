package org.rujp.bot.telegram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@link BotGateway} over TelegramBots' {@link OkHttpTelegramClient}: builds the method objects and
 * turns the library's exceptions into {@link SendResult}s with the token redacted.
 */
public final class TelegramBotsGateway implements BotGateway {
    private static final Logger log = LoggerFactory.getLogger(TelegramBotsGateway.class);
    private final OkHttpTelegramClient client;
    private final BotToken token;

    public TelegramBotsGateway(OkHttpClient http, BotToken token, TelegramUrl url) {
        this.client = new OkHttpTelegramClient(http, token.value(), url);
        this.token = token;
    }

    @Override
    public SendResult send(OutgoingMessage m) {
        SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder()
                .chatId(m.chatId())
                .text(m.text())
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (m.html()) {
            b.parseMode("HTML");
        }
        if (!m.buttons().isEmpty()) {
            b.replyMarkup(keyboard(m.buttons(), m.stacked()));
        }
        if (m.replyTo() > 0) {
            b.replyToMessageId((int) m.replyTo());
        }
        return call(b.build(), r -> ((Message) r).getMessageId());
    }

    @Override
    public SendResult edit(long chatId, long messageId, String text, boolean html, List<Button> buttons) {
        EditMessageText.EditMessageTextBuilder<?, ?> b = EditMessageText.builder()
                .chatId(chatId).messageId((int) messageId).text(text)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (html) {
            b.parseMode("HTML");
        }
        if (!buttons.isEmpty()) {
            b.replyMarkup(keyboard(buttons, false));
        }
        return call(b.build(), r -> r instanceof Message msg ? msg.getMessageId() : messageId);
    }

    @Override
    public SendResult answerCallback(String callbackId, String text) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> b = AnswerCallbackQuery.builder().callbackQueryId(callbackId);
        if (text != null && !text.isEmpty()) {
            b.text(text.length() > 200 ? text.substring(0, 199) + "\u2026" : text);
        }
        return call(b.build(), r -> 0);
    }

    @Override
    public SendResult typing(long chatId) {
        return call(SendChatAction.builder().chatId(chatId).action("typing").build(), r -> 0);
    }

    @Override
    public SendResult setCommands(List<BotCommandSpec> commands, Optional<String> languageCode) {
        SetMyCommands.SetMyCommandsBuilder<?, ?> b = SetMyCommands.builder()
                .commands(commands.stream().map(c -> new BotCommand(c.command(), c.description())).toList());
        languageCode.ifPresent(b::languageCode);
        return call(b.build(), r -> 0);
    }

    @Override
    public Optional<String> getChatMember(long chatId, long userId) {
        try {
            ChatMember member = client.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
            return Optional.ofNullable(member == null ? null : member.getStatus());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("chat {}: getChatMember for user {} failed: {}", chatId, userId, token.describe(e));
            return Optional.empty();
        }
    }

    @Override
    public BotIdentity getMe() {
        try {
            User me = client.execute(GetMe.builder().build());
            if (me.getUserName() == null || me.getUserName().isBlank()) {
                throw new TelegramException("getMe returned no username; is this a bot token?");
            }
            return new BotIdentity(me.getId(), me.getUserName());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && code == 401) {
                throw new TelegramException("the Bot API rejected TELEGRAM_BOT_TOKEN (401 Unauthorized); check the token");
            }
            throw new TelegramException("getMe failed: " + token.describe(e));
        } catch (TelegramApiException | RuntimeException e) {
            if (e instanceof TelegramException te) {
                throw te;
            }
            throw new TelegramException("getMe failed (is TELEGRAM_API_URL reachable?): " + token.describe(e));
        }
    }

    private interface IdOf {
        long of(Object response);
    }

    private <T extends Serializable> SendResult call(BotApiMethod<T> method, IdOf idOf) {
        try {
            T response = client.execute(method);
            return new SendResult.Sent(idOf.of(response));
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException | RuntimeException e) {
            return new SendResult.Failed(method.getMethod() + ": " + token.describe(e));
        }
    }

    private SendResult classify(TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String description = token.redact(e.getApiResponse() == null ? e.getMessage() : e.getApiResponse());
        if (code == 429) {
            Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new SendResult.RetryAfter(after == null ? 1 : Math.max(0, after));
        }
        if (code == 403) {
            return new SendResult.Forbidden(description);
        }
        if (code == 400 && description.toLowerCase(Locale.ROOT).contains("can't parse entities")) {
            return new SendResult.BadMarkup(description);
        }
        return new SendResult.Failed(code + " " + description);
    }

    private static InlineKeyboardMarkup keyboard(List<Button> buttons, boolean stacked) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Button b : buttons) {
            if (rows.isEmpty() || stacked) {
                rows.add(new InlineKeyboardRow());
            }
            rows.get(rows.size() - 1).add(InlineKeyboardButton.builder().text(b.text()).callbackData(b.data()).build());
        }
        return new InlineKeyboardMarkup(rows);
    }
}

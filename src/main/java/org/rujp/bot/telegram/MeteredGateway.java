package org.rujp.bot.telegram;

import java.util.List;
import java.util.Optional;
import org.rujp.bot.digest.DigestSender;
import org.rujp.bot.digest.SendOutcome;
import org.rujp.bot.ops.BotMetrics;

/** A {@link BotGateway} that counts the Bot API's 429 answers, per method, in the {@link BotMetrics}. */
final class MeteredGateway implements BotGateway {
    private final BotGateway gateway;
    private final BotMetrics metrics;

    MeteredGateway(BotGateway gateway, BotMetrics metrics) {
        this.gateway = gateway;
        this.metrics = metrics;
    }

    private SendResult counted(String method, SendResult result) {
        if (result instanceof SendResult.RetryAfter) {
            metrics.telegramRateLimited(method);
        }
        return result;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        return counted("sendMessage", gateway.send(message));
    }

    @Override
    public SendResult edit(long chatId, long messageId, String text, boolean html, List<Button> buttons) {
        return counted("editMessageText", gateway.edit(chatId, messageId, text, html, buttons));
    }

    @Override
    public SendResult answerCallback(String callbackId, String text) {
        return counted("answerCallbackQuery", gateway.answerCallback(callbackId, text));
    }

    @Override
    public SendResult typing(long chatId) {
        return counted("sendChatAction", gateway.typing(chatId));
    }

    @Override
    public SendResult setCommands(List<BotCommandSpec> commands, Optional<String> languageCode) {
        return counted("setMyCommands", gateway.setCommands(commands, languageCode));
    }

    @Override
    public Optional<String> getChatMember(long chatId, long userId) {
        return gateway.getChatMember(chatId, userId);
    }

    @Override
    public BotIdentity getMe() {
        return gateway.getMe();
    }

    /** The digest sender, with each message's outcome counted. */
    static DigestSender metered(DigestSender sender, BotMetrics metrics) {
        return (chatId, html, buttons) -> {
            SendOutcome outcome;
            try {
                outcome = sender.send(chatId, html, buttons);
            } catch (RuntimeException e) {
                metrics.digestSend("failed");
                throw e;
            }
            metrics.digestSend(outcome instanceof SendOutcome.Sent ? "sent"
                    : outcome instanceof SendOutcome.RetryAfter ? "retry_after"
                    : outcome instanceof SendOutcome.Forbidden ? "forbidden" : "failed");
            return outcome;
        };
    }
}

package org.rujp.bot.telegram;

import org.rujp.bot.text.Html;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending with the Bot API's failure rules applied over a {@link BotGateway}:
 * <ol>
 *   <li>429: wait {@code retry_after} seconds, then retry (a few times, each wait at most {@code maxWaitSeconds});</li>
 *   <li>403: remember the chat as unreachable and stop sending to it until it sends /start again;</li>
 *   <li>400 "can't parse entities": resend the same text as plain text;</li>
 *   <li>anything else: give up and report.</li>
 * </ol>
 */
public final class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    /** How the caller waits (the real one sleeps). */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final BotGateway gateway;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final int maxWaitSeconds;
    private final Set<Long> unreachable = ConcurrentHashMap.newKeySet();

    public Delivery(BotGateway gateway) {
        this(gateway, Thread::sleep, 4, 60);
    }

    public Delivery(BotGateway gateway, Sleeper sleeper, int maxAttempts, int maxWaitSeconds) {
        this.gateway = gateway;
        this.sleeper = sleeper;
        this.maxAttempts = maxAttempts;
        this.maxWaitSeconds = maxWaitSeconds;
    }

    public BotGateway gateway() {
        return gateway;
    }

    /**
     * Sends a message. While a worker answers an update from the inbox ({@link UpdateReply}), a message
     * an earlier attempt already sent is skipped, and each one sent is reported at once.
     */
    public SendResult send(OutgoingMessage message) {
        Optional<UpdateReply> reply = UpdateReply.current();
        if (reply.isEmpty()) {
            return sendNow(message);
        }
        UpdateReply r = reply.get();
        if (r.nextAlreadySent()) {
            log.info("update {}: a message of the reply was sent before the restart; not sent again", r.updateId());
            return new SendResult.Sent(0);
        }
        SendResult result = sendNow(message);
        if (result.ok()) {
            try {
                r.sent();
            } catch (RuntimeException e) {
                log.warn("update {}: recording a message as sent failed ({})", r.updateId(), e.getMessage());
            }
        }
        return result;
    }

    private SendResult sendNow(OutgoingMessage message) {
        return deliver(message.chatId(), "sendMessage", message.html(), html -> gateway.send(html ? message : message.asPlainText()));
    }

    public SendResult edit(long chatId, long messageId, String text, boolean html, List<Button> buttons) {
        return deliver(chatId, "editMessageText", html,
                h -> gateway.edit(chatId, messageId, h ? text : Html.toPlain(text), h, buttons));
    }

    /** Sends "typing"; failures are logged and ignored. */
    public void typing(long chatId) {
        if (unreachable.contains(chatId)) {
            return;
        }
        SendResult r = gateway.typing(chatId);
        if (r instanceof SendResult.Forbidden) {
            markUnreachable(chatId, "sendChatAction");
        } else if (!r.ok()) {
            log.debug("chat {}: sendChatAction failed: {}", chatId, r);
        }
    }

    public boolean isUnreachable(long chatId) {
        return unreachable.contains(chatId);
    }

    /** The chat sent /start (how a user unblocks a bot): it can be reached again. */
    public void reachable(long chatId) {
        if (unreachable.remove(chatId)) {
            log.info("chat {}: reachable again", chatId);
        }
    }

    private interface Attempt {
        SendResult run(boolean html);
    }

    private SendResult deliver(long chatId, String method, boolean html, Attempt attempt) {
        if (unreachable.contains(chatId)) {
            return new SendResult.Forbidden("chat " + chatId + " blocked the bot earlier");
        }
        boolean asHtml = html;
        SendResult result = new SendResult.Failed("not attempted");
        for (int i = 1; i <= maxAttempts; i++) {
            result = attempt.run(asHtml);
            if (result instanceof SendResult.RetryAfter r) {
                if (r.seconds() > maxWaitSeconds || i == maxAttempts) {
                    log.warn("chat {}: {} rate-limited (retry after {} s); giving up after {} attempts", chatId, method, r.seconds(), i);
                    return result;
                }
                log.info("chat {}: {} rate-limited; retrying in {} s", chatId, method, r.seconds());
                try {
                    sleeper.sleep(r.seconds() * 1000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new SendResult.Failed("interrupted while waiting to retry");
                }
                continue;
            }
            if (result instanceof SendResult.Forbidden f) {
                markUnreachable(chatId, method + ": " + f.description());
                return result;
            }
            if (result instanceof SendResult.BadMarkup b && asHtml) {
                log.warn("chat {}: {} rejected the HTML ({}); resending as plain text", chatId, method, b.description());
                asHtml = false;
                continue;
            }
            if (result instanceof SendResult.Failed f) {
                log.warn("chat {}: {} failed: {}", chatId, method, f.reason());
            }
            return result;
        }
        return result;
    }

    private void markUnreachable(long chatId, String why) {
        if (unreachable.add(chatId)) {
            log.warn("chat {}: not sending any more ({})", chatId, why);
        }
    }
}

package org.rujp.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.digest.DigestButton;
import org.rujp.bot.digest.DigestSender;
import org.rujp.bot.digest.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends digest messages through the Bot API: {@code sendMessage} with {@code parse_mode=HTML} and one
 * follow-up button per row. Results map to {@link SendOutcome}: 429 to RetryAfter (the digest delivery
 * waits and retries, so nothing is retried here), 403 to Forbidden, 400 "can't parse entities" is resent
 * once as plain text, anything else is Failed.
 */
public final class TelegramDigestSender implements DigestSender, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramDigestSender.class);

    private final BotGateway gateway;
    private final OkHttpClient ownedHttp;

    /** Over the running bot's gateway (serve). */
    public TelegramDigestSender(BotGateway gateway) {
        this(gateway, null);
    }

    private TelegramDigestSender(BotGateway gateway, OkHttpClient ownedHttp) {
        this.gateway = gateway;
        this.ownedHttp = ownedHttp;
    }

    /**
     * A sender with a connection of its own to {@code TELEGRAM_API_URL} (for {@code digest run-now});
     * {@link #close()} releases it. Throws {@link TelegramException} for a missing or malformed token or URL.
     */
    public static TelegramDigestSender connect(TelegramSettings settings) {
        BotToken token = BotToken.of(settings.token());
        var url = ApiEndpoint.parse(settings.apiUrl(), token);
        ThreadPoolExecutor threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new DaemonThreads("rujp-digest-http"));
        OkHttpClient http = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(threads))
                .connectionPool(new ConnectionPool(8, 1, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(20))
                .readTimeout(Duration.ofSeconds(30))
                .build();
        return new TelegramDigestSender(new TelegramBotsGateway(http, token, url), http);
    }

    @Override
    public SendOutcome send(long chatId, String html, List<DigestButton> buttons) {
        List<Button> keyboard = buttons.stream().map(b -> new Button(b.text(), b.callbackData())).toList();
        OutgoingMessage message = new OutgoingMessage(chatId, html, true, keyboard, 0, true);
        SendResult result = gateway.send(message);
        if (result instanceof SendResult.BadMarkup b) {
            log.warn("chat {}: digest HTML rejected ({}); resending as plain text", chatId, b.description());
            result = gateway.send(message.asPlainText());
        }
        return outcome(result);
    }

    static SendOutcome outcome(SendResult result) {
        if (result instanceof SendResult.Sent) {
            return SendOutcome.sent();
        }
        if (result instanceof SendResult.RetryAfter r) {
            return new SendOutcome.RetryAfter(r.seconds());
        }
        if (result instanceof SendResult.Forbidden f) {
            return new SendOutcome.Forbidden(f.description());
        }
        if (result instanceof SendResult.BadMarkup b) {
            return new SendOutcome.Failed("HTML rejected even as plain text: " + b.description());
        }
        return new SendOutcome.Failed(((SendResult.Failed) result).reason());
    }

    @Override
    public void close() {
        if (ownedHttp != null) {
            ownedHttp.dispatcher().executorService().shutdownNow();
            ownedHttp.connectionPool().evictAll();
        }
    }
}

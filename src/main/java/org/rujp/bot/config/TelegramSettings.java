package org.rujp.bot.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The Telegram adapter's settings. The token is read from {@code TELEGRAM_BOT_TOKEN} only and is never
 * part of a config file.
 *
 * @param token the bot token, when the environment provides one
 * @param apiUrl the Bot API base URL ({@code TELEGRAM_API_URL})
 * @param mode long polling or webhook
 * @param webhookPort the port of the webhook endpoint
 * @param webhookPath the path of the webhook endpoint
 * @param webhookSecret the expected {@code X-Telegram-Bot-Api-Secret-Token} ({@code TELEGRAM_WEBHOOK_SECRET})
 * @param workers threads that answer questions (by default one per core: answering is computation, the model's)
 * @param answerTimeout how long one answer may take before the user is told to try again
 * @param userMessagesPerMinute per-user flood limit
 * @param webhookBind the address the webhook endpoint listens on (loopback unless a proxy elsewhere forwards to it)
 * @param webhookMaxConnections connections the webhook keeps open at once; more are closed at once
 * @param webhookReadTimeout the time a client has to send a whole request (headers and body)
 */
public record TelegramSettings(Optional<String> token, String apiUrl, Mode mode, int webhookPort, String webhookPath,
                               Optional<String> webhookSecret, int workers, Duration answerTimeout,
                               int userMessagesPerMinute, String webhookBind, int webhookMaxConnections,
                               Duration webhookReadTimeout) {
    /** One answering thread per core. */
    public static final int DEFAULT_WORKERS = Math.max(1, Math.min(64, Runtime.getRuntime().availableProcessors()));
    public static final String DEFAULT_API_URL = "https://api.telegram.org";
    public static final String DEFAULT_WEBHOOK_BIND = "127.0.0.1";
    public static final int DEFAULT_WEBHOOK_MAX_CONNECTIONS = 1024;
    public static final Duration DEFAULT_WEBHOOK_READ_TIMEOUT = Duration.ofSeconds(10);

    /** With the webhook's default bind address and limits. */
    public TelegramSettings(Optional<String> token, String apiUrl, Mode mode, int webhookPort, String webhookPath,
                            Optional<String> webhookSecret, int workers, Duration answerTimeout, int userMessagesPerMinute) {
        this(token, apiUrl, mode, webhookPort, webhookPath, webhookSecret, workers, answerTimeout, userMessagesPerMinute,
                DEFAULT_WEBHOOK_BIND, DEFAULT_WEBHOOK_MAX_CONNECTIONS, DEFAULT_WEBHOOK_READ_TIMEOUT);
    }

    public enum Mode { POLLING, WEBHOOK }

    static TelegramSettings from(RawSettings raw, java.util.Map<String, String> env) {
        String token = env.get("TELEGRAM_BOT_TOKEN");
        String secret = env.get("TELEGRAM_WEBHOOK_SECRET");
        String apiUrl = env.getOrDefault("TELEGRAM_API_URL", raw.string("telegram.api_url", DEFAULT_API_URL));
        return new TelegramSettings(
                Optional.ofNullable(token).filter(t -> !t.isBlank()).map(String::strip),
                apiUrl.strip(),
                raw.choice("telegram.mode", Mode.POLLING, Mode.class),
                raw.integer("telegram.webhook.port", 8443, 1, 65535),
                raw.string("telegram.webhook.path", "/telegram/webhook"),
                Optional.ofNullable(secret).filter(s -> !s.isBlank()),
                raw.integer("telegram.workers", DEFAULT_WORKERS, 1, 64),
                raw.duration("telegram.answer_timeout", Duration.ofSeconds(20)),
                raw.integer("telegram.user_messages_per_minute", 20, 1, 10_000),
                raw.string("telegram.webhook.bind", DEFAULT_WEBHOOK_BIND).strip(),
                raw.integer("telegram.webhook.max_connections", DEFAULT_WEBHOOK_MAX_CONNECTIONS, 2, 100_000),
                raw.duration("telegram.webhook.read_timeout", DEFAULT_WEBHOOK_READ_TIMEOUT));
    }

    /** Never prints the token or the webhook secret. */
    @Override
    public String toString() {
        return "TelegramSettings[token=" + (token.isPresent() ? "(set)" : "(unset)") + ", apiUrl=" + apiUrl
                + ", mode=" + mode + ", webhookPort=" + webhookPort + ", webhookPath=" + webhookPath
                + ", webhookSecret=" + (webhookSecret.isPresent() ? "(set)" : "(unset)") + ", workers=" + workers
                + ", answerTimeout=" + answerTimeout + ", userMessagesPerMinute=" + userMessagesPerMinute
                + ", webhookBind=" + webhookBind + ", webhookMaxConnections=" + webhookMaxConnections
                + ", webhookReadTimeout=" + webhookReadTimeout + "]";
    }
}

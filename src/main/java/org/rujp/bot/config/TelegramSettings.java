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
 * @param workers threads that answer questions
 * @param answerTimeout how long one answer may take before the user is told to try again
 * @param userMessagesPerMinute per-user flood limit
 */
public record TelegramSettings(Optional<String> token, String apiUrl, Mode mode, int webhookPort, String webhookPath,
                               Optional<String> webhookSecret, int workers, Duration answerTimeout,
                               int userMessagesPerMinute) {
    public static final String DEFAULT_API_URL = "https://api.telegram.org";

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
                raw.integer("telegram.workers", 4, 1, 64),
                raw.duration("telegram.answer_timeout", Duration.ofSeconds(20)),
                raw.integer("telegram.user_messages_per_minute", 20, 1, 10_000));
    }

    /** Never prints the token or the webhook secret. */
    @Override
    public String toString() {
        return "TelegramSettings[token=" + (token.isPresent() ? "(set)" : "(unset)") + ", apiUrl=" + apiUrl
                + ", mode=" + mode + ", webhookPort=" + webhookPort + ", webhookPath=" + webhookPath
                + ", webhookSecret=" + (webhookSecret.isPresent() ? "(set)" : "(unset)") + ", workers=" + workers
                + ", answerTimeout=" + answerTimeout + ", userMessagesPerMinute=" + userMessagesPerMinute + "]";
    }
}

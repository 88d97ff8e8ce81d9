package org.rujp.bot.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.rujp.bot.knowledge.Lang;

/**
 * A chat's digest subscription.
 *
 * @param chatId the Telegram chat id
 * @param chatType "private", "group", "supergroup" or "channel"
 * @param frequency daily or weekly
 * @param zone the chat's own time zone; empty means the configured default
 * @param lang the language the digest is written in
 * @param created when the chat (last) subscribed; no digest due before this is sent
 * @param active false once the chat unsubscribed or blocked the bot
 */
public record Subscription(long chatId, String chatType, Frequency frequency, Optional<ZoneId> zone, Lang lang,
                           Instant created, boolean active) {
    public Subscription {
        Objects.requireNonNull(chatType, "chatType");
        Objects.requireNonNull(frequency, "frequency");
        zone = zone == null ? Optional.empty() : zone;
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(created, "created");
    }

    /** Groups and supergroups: Telegram allows about 20 messages a minute there, and only admins change settings. */
    public boolean isGroup() {
        return isGroup(chatType);
    }

    public static boolean isGroup(String chatType) {
        return "group".equals(chatType) || "supergroup".equals(chatType);
    }

    public ZoneId zoneOr(ZoneId fallback) {
        return zone.orElse(fallback);
    }
}

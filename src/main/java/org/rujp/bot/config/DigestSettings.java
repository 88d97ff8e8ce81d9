package org.rujp.bot.config;

import java.time.ZoneId;

/**
 * When digests go out.
 *
 * @param dailyCron cron expression of the daily digest (Unix 5-field)
 * @param weeklyCron cron expression of the weekly digest
 * @param zone the default time zone of the schedule; a chat may choose its own
 * @param itemsPerDigest how many facts one digest carries
 * @param messagesPerSecond overall sending pace
 */
public record DigestSettings(String dailyCron, String weeklyCron, ZoneId zone, int itemsPerDigest, double messagesPerSecond) {
    static DigestSettings from(RawSettings raw) {
        return new DigestSettings(
                raw.string("digest.daily_cron", "0 9 * * *"),
                raw.string("digest.weekly_cron", "0 9 * * MON"),
                raw.zone("digest.zone", ZoneId.of("Europe/Moscow")),
                raw.integer("digest.items", 3, 1, 20),
                raw.decimal("digest.messages_per_second", 25, 0.1, 1000));
    }
}

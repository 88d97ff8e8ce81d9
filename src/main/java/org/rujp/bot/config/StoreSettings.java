package org.rujp.bot.config;

import java.time.Duration;

/**
 * The SQLite store's settings.
 *
 * @param file the database file name, relative to the data directory
 * @param pseudonymousIds log chat and user ids as keyed hashes instead of raw ids
 * @param retention logged conversations older than this are deleted daily
 */
public record StoreSettings(String file, boolean pseudonymousIds, Duration retention) {
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

    static StoreSettings from(RawSettings raw) {
        Duration retention = raw.duration("store.retention", DEFAULT_RETENTION);
        if (retention.isZero() || retention.isNegative()) {
            raw.problem("store.retention (from " + raw.origin("store.retention") + "): must be longer than zero (e.g. 90d), but got '"
                    + retention + "'");
            retention = DEFAULT_RETENTION;
        }
        return new StoreSettings(
                raw.string("store.file", "rujp-bot.db"),
                raw.bool("store.pseudonymous_ids", true),
                retention);
    }
}

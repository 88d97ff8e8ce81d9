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
    static StoreSettings from(RawSettings raw) {
        return new StoreSettings(
                raw.string("store.file", "rujp-bot.db"),
                raw.bool("store.pseudonymous_ids", true),
                raw.duration("store.retention", Duration.ofDays(90)));
    }
}

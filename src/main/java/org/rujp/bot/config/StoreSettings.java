package org.rujp.bot.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The store's settings.
 *
 * @param file the SQLite database file name, relative to the data directory
 * @param pseudonymousIds log chat and user ids as keyed hashes instead of raw ids
 * @param retention logged conversations older than this are deleted daily
 * @param url a JDBC URL of a database server ({@code store.url}, {@code RUJP_STORE_URL}); empty: the SQLite file
 * @param user the database server's user ({@code store.user}, {@code RUJP_STORE_USER})
 * @param password the database server's password, from {@code RUJP_STORE_PASSWORD} only
 */
public record StoreSettings(String file, boolean pseudonymousIds, Duration retention, Optional<String> url,
                            Optional<String> user, Optional<String> password) {
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);
    /** The environment variable of the database server's password (never a config key). */
    public static final String PASSWORD_ENV = "RUJP_STORE_PASSWORD";

    /** The SQLite file alone. */
    public StoreSettings(String file, boolean pseudonymousIds, Duration retention) {
        this(file, pseudonymousIds, retention, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static StoreSettings from(RawSettings raw, Map<String, String> env) {
        Duration retention = raw.duration("store.retention", DEFAULT_RETENTION);
        if (retention.isZero() || retention.isNegative()) {
            raw.problem("store.retention (from " + raw.origin("store.retention") + "): must be longer than zero (e.g. 90d), but got '"
                    + retention + "'");
            retention = DEFAULT_RETENTION;
        }
        return new StoreSettings(
                raw.string("store.file", "rujp-bot.db"),
                raw.bool("store.pseudonymous_ids", true),
                retention,
                Optional.of(raw.string("store.url", "").strip()).filter(s -> !s.isEmpty()),
                Optional.of(raw.string("store.user", "").strip()).filter(s -> !s.isEmpty()),
                Optional.ofNullable(env.get(PASSWORD_ENV)).filter(s -> !s.isEmpty()));
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "StoreSettings[file=" + file + ", pseudonymousIds=" + pseudonymousIds + ", retention=" + retention
                + ", url=" + url.map(Redaction::url).orElse("(unset)") + ", user=" + user.orElse("(unset)")
                + ", password=" + (password.isPresent() ? "(set)" : "(unset)") + "]";
    }
}

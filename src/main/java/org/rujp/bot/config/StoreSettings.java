package org.rujp.bot.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The store's settings: the SQLite file by default, or a PostgreSQL server when {@code store.url} is set.
 *
 * @param file the database file name, relative to the data directory (SQLite; beside it, the pseudonym key file)
 * @param pseudonymousIds log chat and user ids as keyed hashes instead of raw ids
 * @param retention logged conversations older than this are deleted daily
 * @param url the PostgreSQL JDBC URL ({@code jdbc:postgresql://host:port/database}); empty for SQLite
 * @param user the PostgreSQL user ({@code store.user})
 * @param password the PostgreSQL password, from {@code RUJP_STORE_PASSWORD} only; never printed
 */
public record StoreSettings(String file, boolean pseudonymousIds, Duration retention, Optional<String> url, String user,
                            Optional<String> password) {
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);
    public static final String PASSWORD_ENV = "RUJP_STORE_PASSWORD";
    private static final String URL_PREFIX = "jdbc:postgresql://";

    public StoreSettings(String file, boolean pseudonymousIds, Duration retention) {
        this(file, pseudonymousIds, retention, Optional.empty(), "", Optional.empty());
    }

    static StoreSettings from(RawSettings raw, Map<String, String> env) {
        Duration retention = raw.duration("store.retention", DEFAULT_RETENTION);
        if (retention.isZero() || retention.isNegative()) {
            raw.problem("store.retention (from " + raw.origin("store.retention") + "): must be longer than zero (e.g. 90d), but got '"
                    + retention + "'");
            retention = DEFAULT_RETENTION;
        }
        Optional<String> url = Optional.of(raw.string("store.url", "")).filter(s -> !s.isBlank());
        if (url.isPresent() && !url.get().startsWith(URL_PREFIX)) {
            raw.problem("store.url (from " + raw.origin("store.url") + "): expected a PostgreSQL JDBC URL such as "
                    + URL_PREFIX + "127.0.0.1:5432/rujp but got '" + url.get() + "'");
            url = Optional.empty();
        } else if (url.isPresent() && url.get().toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            raw.problem("store.url (from " + raw.origin("store.url") + "): must not carry the password; set "
                    + PASSWORD_ENV + " instead");
            url = Optional.empty();
        }
        return new StoreSettings(
                raw.string("store.file", "rujp-bot.db"),
                raw.bool("store.pseudonymous_ids", true),
                retention,
                url,
                raw.string("store.user", ""),
                Optional.ofNullable(env.get(PASSWORD_ENV)).filter(s -> !s.isEmpty()));
    }

    /** PostgreSQL when {@code store.url} is set, else the SQLite file. */
    public boolean postgres() {
        return url.isPresent();
    }

    @Override
    public String toString() {
        return "StoreSettings[file=" + file + ", pseudonymousIds=" + pseudonymousIds + ", retention=" + retention
                + ", url=" + url.map(Redaction::url).orElse("") + ", user=" + user + ", password=" + (password.isPresent() ? "***" : "") + "]";
    }
}

package org.rujp.bot.store;

import java.util.Locale;
import java.util.Optional;

/** How often a chat gets a digest. */
public enum Frequency {
    DAILY, WEEKLY;

    /** "daily" or "weekly", as stored and as typed in {@code /subscribe weekly}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Frequency> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Frequency f : values()) {
            if (f.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

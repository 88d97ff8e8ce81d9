package org.rujp.bot.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The languages the bot speaks and keeps facts in. English is the fallback everywhere. */
public enum Lang {
    EN, RU, JA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "en", "ru", "ja" and IETF tags such as "ru-RU" or "ja-JP"; empty for anything else. */
    public static Optional<Lang> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Lang lang : values()) {
            if (lang.code().equals(primary)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /**
     * An unmodifiable copy of a map by language that iterates in the languages' order: {@code Map.copyOf} iterates in
     * an order that changes from run to run, and what is read first (a fact's first text, a name's first spelling)
     * must not.
     */
    public static <V> java.util.Map<Lang, V> ordered(java.util.Map<Lang, V> map) {
        java.util.EnumMap<Lang, V> copy = new java.util.EnumMap<>(Lang.class);
        map.forEach((lang, value) -> copy.put(java.util.Objects.requireNonNull(lang), java.util.Objects.requireNonNull(value)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}

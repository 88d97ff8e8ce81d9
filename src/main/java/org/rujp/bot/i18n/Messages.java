package org.rujp.bot.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Lang;

/**
 * Every fixed text the bot says, in English, Russian and Japanese ({@code i18n/messages*.properties},
 * UTF-8). A key missing in one language falls back to English.
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static String get(Lang lang, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(lang).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "'", e);
        }
        return new MessageFormat(pattern, locale(lang)).format(args);
    }

    /** Numbered keys "key.1", "key.2", ... as a list. */
    public static List<String> list(Lang lang, String key) {
        List<String> items = new ArrayList<>();
        ResourceBundle bundle = bundle(lang);
        for (int i = 1; bundle.containsKey(key + "." + i); i++) {
            items.add(bundle.getString(key + "." + i));
        }
        return items;
    }

    /** "Monday, 22 November 2021", "понедельник, 22 ноября 2021 г.", "2021年11月22日（月曜日）": a day with its weekday. */
    public static String weekday(EventDate date, Lang lang) {
        java.time.DayOfWeek day = java.time.LocalDate.of(date.year(), date.month(), date.day()).getDayOfWeek();
        String name = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag(lang.code()));
        return get(lang, "date.weekday", name, date(date, lang));
    }

    /** "29 June 2019", "29 июня 2019 г.", "2019年6月29日", with the precision the date has. */
    public static String date(EventDate date, Lang lang) {
        if (!date.hasYear()) { // "began in January": the article gives no year
            return date.day() == 0 ? get(lang, "month.nominative." + date.month())
                    : get(lang, "date.day_no_year", Integer.toString(date.day()), get(lang, "month." + date.month()));
        }
        if (date.month() == 0) {
            return get(lang, "date.year", Integer.toString(date.year()));
        }
        String month = get(lang, "month." + date.month());
        String monthOnly = get(lang, "month.nominative." + date.month());
        if (date.day() == 0) {
            return get(lang, "date.month", monthOnly, Integer.toString(date.year()));
        }
        return get(lang, "date.day", Integer.toString(date.day()), month, Integer.toString(date.year()));
    }

    public static Locale locale(Lang lang) {
        return switch (lang) {
            case EN -> Locale.ENGLISH;
            case RU -> Locale.forLanguageTag("ru");
            case JA -> Locale.JAPANESE;
        };
    }

    private static ResourceBundle bundle(Lang lang) {
        return ResourceBundle.getBundle(BUNDLE, lang == Lang.EN ? Locale.ROOT : locale(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

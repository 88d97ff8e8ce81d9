package org.rujp.bot.answer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Lang;

/**
 * A quantity read from an English passage ("about 12,000", "more than 600", "30 percent"), written in the
 * language of the answer: its qualifier through the messages of that language ("около 12 000", "600以上"),
 * its digits grouped as that language groups them. A quantity with anything else around it (a unit, a word
 * number) is left as the passage writes it: the passage quoted below it says the same.
 */
final class EnglishQuantity {
    private static final Pattern QUANTITY = Pattern.compile(
            "(?i)(?:(more than|over|nearly|almost|about|around|some|roughly|up to|less than|at least)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?"
                    + "(\\s*(?:%|percent))?");
    private static final Map<String, String> QUALIFIER = Map.of("more than", "more_than", "over", "more_than", "nearly", "nearly",
            "almost", "nearly", "about", "about", "around", "about", "some", "about", "roughly", "about", "up to", "up_to",
            "less than", "less_than");

    private EnglishQuantity() {
    }

    /** The quantity in the language; the phrase unchanged when it is not a plain quantity or the language is English. */
    static String in(Lang lang, String phrase) {
        Matcher m = QUANTITY.matcher(phrase.strip());
        if (lang == Lang.EN || !m.matches()) {
            return phrase;
        }
        String digits = m.group(2);
        String number = lang == Lang.RU ? digits.replace(',', ' ') : digits;
        if (m.group(3) != null) {
            number += (lang == Lang.RU ? "," : ".") + m.group(3);
        }
        if (m.group(4) != null) {
            number = Messages.get(lang, "quantity.percent", number);
        }
        String qualifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (qualifier != null && qualifier.equals("at least")) {
            return Messages.get(lang, "quantity.at_least", number);
        }
        return qualifier == null ? number : Messages.get(lang, "quantity." + QUALIFIER.get(qualifier), number);
    }
}

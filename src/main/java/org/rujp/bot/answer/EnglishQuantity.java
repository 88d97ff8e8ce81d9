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
 * its digits grouped as that language groups them, its currency and scale in that language's words ("38 000 иен",
 * "38,000円", "3 млн долл. США", "300万ドル"). A quantity with anything else around it (another unit, a word
 * number) is left as the passage writes it: the passage quoted below it says the same.
 */
final class EnglishQuantity {
    private static final Pattern QUANTITY = Pattern.compile(
            "(?i)(?:(?<qual>more than|over|nearly|almost|about|around|some|roughly|up to|less than|at least)\\s+)?(?<cur>US\\$|\\$|€)?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<dec>\\d+))?(?<pct>\\s*(?:%|percent|per cent))?"
                    + "(?:\\s*(?<scale>thousand|million|billion))?(?:\\s+(?<unit>yen|(?:US )?dollars?|roubles?|rubles?|euros?))?");
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
        String digits = m.group("num");
        String currency = m.group("unit") != null ? m.group("unit").toLowerCase(Locale.ROOT).replaceAll("s$", "")
                : m.group("cur") == null ? null : m.group("cur").equals("€") ? "euro" : "dollar";
        String scale = m.group("scale") == null ? null : m.group("scale").toLowerCase(Locale.ROOT);
        if (lang == Lang.JA && scale != null && m.group("dec") == null) {
            // Japanese counts in 万 and 億: 3 million is 300万, 16 billion 160億
            java.math.BigInteger value = new java.math.BigInteger(digits.replace(",", ""));
            switch (scale) {
                case "thousand" -> digits = String.format(Locale.ROOT, "%,d", value.multiply(java.math.BigInteger.valueOf(1000)));
                case "million" -> digits = String.format(Locale.ROOT, "%,d万", value.multiply(java.math.BigInteger.valueOf(100)));
                default -> digits = String.format(Locale.ROOT, "%,d億", value.multiply(java.math.BigInteger.TEN));
            }
            scale = null;
        } else if (lang == Lang.JA && scale != null) {
            return phrase; // a decimal of millions: left as written
        }
        String number = lang == Lang.RU ? digits.replace(',', ' ') : digits;
        if (m.group("dec") != null) {
            number += (lang == Lang.RU ? "," : ".") + m.group("dec");
        }
        if (m.group("pct") != null) {
            number = Messages.get(lang, "quantity.percent", number);
        }
        if (scale != null) {
            number += switch (scale) {
                case "thousand" -> " тыс.";
                case "million" -> " млн";
                default -> " млрд";
            };
        }
        if (currency != null) {
            String unit = switch (currency) {
                case "yen" -> lang == Lang.RU ? "иен" : "円";
                case "euro" -> lang == Lang.RU ? "евро" : "ユーロ";
                case "rouble", "ruble" -> lang == Lang.RU ? "руб." : "ルーブル";
                default -> lang == Lang.RU ? "долл. США" : "ドル";
            };
            number += lang == Lang.RU ? " " + unit : unit;
        }
        String qualifier = m.group("qual") == null ? null : m.group("qual").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (qualifier != null && qualifier.equals("at least")) {
            return Messages.get(lang, "quantity.at_least", number);
        }
        return qualifier == null ? number : Messages.get(lang, "quantity." + QUALIFIER.get(qualifier), number);
    }
}

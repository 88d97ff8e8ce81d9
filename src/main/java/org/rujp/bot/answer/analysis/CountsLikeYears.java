package org.rujp.bot.answer.analysis;

import java.util.regex.Pattern;

/**
 * Numbers in the years' range that count something and name no year: "more than 2000 patients", "2000 events were
 * held", "2000 мероприятий", "2000件". A year is written after "in", "the", "since" or before "год", "年"; a count
 * before the things it counts.
 */
public final class CountsLikeYears {

    private static final String NUMBER = "(?<![\\d.,])(?:1[89]|20)\\d\\d(?![\\d.,]\\d)";

    private static final Pattern COUNT = Pattern.compile("(?iu)"
            // a bound before it: "more than 2000", "больше 2000", "около 2000"
            + "(?:(?<!\\p{L})(?:more than|over|at least|less than|fewer than|under|nearly|almost|about|around|some|roughly"
            + "|больше|более|свыше|меньше|менее|около|почти|порядка|примерно)(?:\\s+чем)?\\s+)" + NUMBER
            // a Japanese counter after it: "2000人", "2000件以上"
            + "|" + NUMBER + "\\s?(?:人|件|名|社|回|%|％|percent|per cent|процент)"
            // a Russian noun after it that is no year's: "2000 мероприятий", not "2019 года", "2019 г."
            + "|" + NUMBER + "(?=\\s+(?!год|г\\.|гг|г(?!\\p{L}))[а-яё]{3,})"
            // an English plural after it, with no "in", "the", "since" before: "2000 events were held", not "the 2019 talks"
            + "|(?<!\\b(?:in|the|of|since|by|until|till|from|to|and|or|before|after|during|early|late|mid|spring|summer|autumn|fall|winter|year|its|their|this|that)\\s)"
            + NUMBER + "(?=\\s+(?:people|[a-z]{3,}s)\\b)(?!\\s+years?\\b)");

    private CountsLikeYears() {
    }

    /** The text with such counts blanked, so that a search for years finds the years alone. */
    public static String blanked(String text) {
        return COUNT.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /** Whether the number in the text from start to end counts something. */
    public static boolean counts(String text, int start, int end) {
        var m = COUNT.matcher(text);
        while (m.find()) {
            if (m.start() <= start && m.end() >= end) {
                return true;
            }
        }
        return false;
    }
}

package org.rujp.bot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a text names, in English, Russian or Japanese ("in February", "в феврале", "2月"), and the months of
 * the seasons it names ("spring 2018", "весной", "春"; the northern hemisphere's: spring is March to May).
 */
final class Months {
    private static final List<Pattern> NAMES = List.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
            .stream().map(n -> Pattern.compile("\\b" + n + "\\b")).toList();
    /** Russian month stems in every case: "феврал" for февраль, февраля, феврале; "ма[йяе]" for май, мая, мае. */
    private static final List<Pattern> RUSSIAN = List.of("январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр").stream()
            .map(n -> Pattern.compile("(?<![\\p{IsCyrillic}])" + n + "(?:[ьяеюи]|ом|а|е|у)?(?![\\p{IsCyrillic}])")).toList();
    /** Short forms ("Nov 2021", "sept 7", "12 дек."; May has none): read as months only next to a day or a year. */
    private static final List<Pattern> SHORT = List.of("jan|янв", "feb|фев", "mar", "apr|апр", "may", "jun", "jul",
            "aug|авг", "sept?|сент?", "oct|окт", "nov|нояб?", "dec|дек").stream()
            .map(n -> Pattern.compile("(?<![\\p{L}])(?:" + n + ")\\.?(?![\\p{L}])")).toList();
    private static final Pattern JAPANESE = Pattern.compile("(?<![\\d０-９])(1[0-2]|[1-9])月");
    private static final List<List<Pattern>> SEASONS = List.of(
            List.of(Pattern.compile("\\bspring\\b"), Pattern.compile("(?<![\\p{IsCyrillic}])весн"), Pattern.compile("春")),
            List.of(Pattern.compile("\\bsummer\\b"), Pattern.compile("(?<![\\p{IsCyrillic}])лет(?:о|ом|а)(?![\\p{IsCyrillic}])"), Pattern.compile("夏")),
            List.of(Pattern.compile("\\b(?:autumn|fall)\\b"), Pattern.compile("(?<![\\p{IsCyrillic}])осен"), Pattern.compile("秋")),
            List.of(Pattern.compile("\\bwinter\\b"), Pattern.compile("(?<![\\p{IsCyrillic}])зим"), Pattern.compile("冬")));
    private static final int[][] SEASON_MONTHS = {{3, 4, 5}, {6, 7, 8}, {9, 10, 11}, {12, 1, 2}};

    private Months() {
    }

    private static final String EN_MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final String RU_MONTH = "(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{IsCyrillic}*";
    /** A day, or two joined ("8-9"), before or after a month's name, or before 日 after 月: "10 June", "June 8-9", "10 июня", "6月10日". */
    private static final List<Pattern> DAYS = List.of(
            Pattern.compile("(?<![\\d.,])([1-3]?\\d)(?:\\s*[-–]\\s*([1-3]?\\d))?(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + "\\b"),
            Pattern.compile("\\b" + EN_MONTH + "\\s+([1-3]?\\d)(?:\\s*[-–]\\s*([1-3]?\\d))?(?:st|nd|rd|th)?(?![\\d%]|[.,]\\d)"),
            Pattern.compile("(?<![\\d.,])([1-3]?\\d)(?:\\s*[-–]\\s*([1-3]?\\d))?(?:-?(?:го|е|ое))?\\s+" + RU_MONTH),
            Pattern.compile("(?<![\\d０-９])(1[0-2]|[1-9])月([1-3]?\\d)(?:[-–〜~]([1-3]?\\d))?日"));

    /**
     * The days of months the text names, each as month × 100 + day ("10 June" is 610; "8-9 June" both 608 and 609):
     * only those written with a month's name, or 月 and 日.
     */
    static Set<Integer> days(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Set<Integer> days = new HashSet<>();
        for (int p = 0; p < DAYS.size(); p++) {
            Matcher m = DAYS.get(p).matcher(lower);
            while (m.find()) {
                if (p == 3) {
                    days.add(Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2)));
                    if (m.group(3) != null) {
                        days.add(Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(3)));
                    }
                    continue;
                }
                String monthWord = p == 1 ? m.group(1) : m.group(3);
                int month = monthOf(monthWord);
                int first = Integer.parseInt(p == 1 ? m.group(2) : m.group(1));
                String second = p == 1 ? m.group(3) : m.group(2);
                if (month > 0 && first >= 1 && first <= 31) {
                    days.add(month * 100 + first);
                    if (second != null) {
                        days.add(month * 100 + Integer.parseInt(second));
                    }
                }
            }
        }
        return days;
    }

    private static int monthOf(String word) {
        for (int i = 0; i < 12; i++) {
            if (NAMES.get(i).matcher(word).find() || RUSSIAN.get(i).matcher(word).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The months (1 to 12) the text names. "May" is read as a month only when a day or a year stands next to it. */
    static Set<Integer> named(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Set<Integer> months = new HashSet<>();
        for (int m = 0; m < 12; m++) {
            Matcher en = NAMES.get(m).matcher(lower);
            while (en.find()) {
                if (m != 4 || nextToANumber(lower, en.start(), en.end())) { // "may" is also a verb
                    months.add(m + 1);
                }
            }
            Matcher abbreviated = SHORT.get(m).matcher(lower);
            while (abbreviated.find()) {
                if (nextToANumber(lower, abbreviated.start(), abbreviated.end())) {
                    months.add(m + 1);
                }
            }
            if (RUSSIAN.get(m).matcher(lower).find()) {
                months.add(m + 1);
            }
        }
        Matcher ja = JAPANESE.matcher(text);
        while (ja.find()) {
            months.add(Integer.parseInt(ja.group(1)));
        }
        return months;
    }

    /** A year as written: "2017", "2017-м", "2017年", "2017 г.", "in 2017". */
    private static final Pattern YEAR = Pattern.compile("(?iu)(?:\\b(?:in|of)\\s+|(?<!\\p{L})в\\s+)?(?<![\\d.,])(?:19|20)\\d\\d(?!\\d|[.,]\\d)(?:-?(?:м|й|го|ом|ый)(?!\\p{L})|年|\\s*(?:году|года|год)(?!\\p{L})|\\s*г\\.)?");

    /** Whether the text names a time of its own: a month, a season or a year. */
    static boolean namesATime(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return !named(text).isEmpty() || YEAR.matcher(text).find() || SEASONS.stream().flatMap(List::stream).anyMatch(p -> p.matcher(lower).find());
    }

    /** The text without the months, seasons and years it names ("Where did they meet in November 2017?": "Where did they meet?"). */
    static String withoutTimes(String text) {
        String out = text;
        for (Pattern p : TIMES_ANY_CASE) {
            out = p.matcher(out).replaceAll(" ");
        }
        out = YEAR.matcher(out).replaceAll(" ");
        // the words of a time left with nothing to stand before: "in late ?", "в ?"
        return DANGLING.matcher(out).replaceAll("").replaceAll("\\s{2,}", " ").replaceAll("\\s+([?？.!,])", "$1").strip();
    }

    /** The months' and seasons' patterns, read in the text as written (theirs are of lower-case text). */
    private static final List<Pattern> TIMES_ANY_CASE = java.util.stream.Stream.of(NAMES.stream(), RUSSIAN.stream(), java.util.stream.Stream.of(JAPANESE),
                    SEASONS.stream().flatMap(List::stream))
            .flatMap(s -> s).map(p -> Pattern.compile(p.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

    /** A preposition or a word of a part of a time, left before the end of a clause once the time is taken out. */
    private static final Pattern DANGLING = Pattern.compile("(?iu)(?:\\s+(?:in|on|of|at|late|early|mid|в|во|конце|начале|середине))+\\s*(?=[?？.!,]|$)");

    /**
     * The text without the months it gives as guesses of the time asked ("…next round? March, I think?", "3月だっけ？"):
     * a month {@code guessedAfter} reads as a guess, by the clause before it and the text after it, is no time the
     * question asks about.
     */
    static String withoutGuesses(String text, java.util.function.BiPredicate<String, String> guessedAfter) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder kept = new StringBuilder(text);
        List<Pattern> patterns = new java.util.ArrayList<>(NAMES);
        patterns.addAll(RUSSIAN);
        patterns.add(JAPANESE);
        for (Pattern p : patterns) {
            Matcher m = p.matcher(lower);
            while (m.find()) {
                int end = m.end();
                while (end < lower.length() && Character.isLetter(lower.charAt(end)) && p != JAPANESE) {
                    end++; // the rest of a Russian month's ending
                }
                int clause = m.start();
                while (clause > 0 && ",;:—–.?!？。、".indexOf(text.charAt(clause - 1)) < 0) {
                    clause--;
                }
                if (guessedAfter.test(text.substring(clause, m.start()), text.substring(end))) {
                    for (int i = m.start(); i < end; i++) {
                        kept.setCharAt(i, ' ');
                    }
                }
            }
        }
        return kept.toString();
    }

    /** Whether a word, as written, is a month's name or short form ("November", "Nov.", "нояб"). */
    static boolean isMonth(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (int m = 0; m < 12; m++) {
            if (NAMES.get(m).matcher(lower).matches() || RUSSIAN.get(m).matcher(lower).matches()
                    || SHORT.get(m).matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The months of the seasons the text names. */
    static Set<Integer> ofSeasons(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<Integer> months = new HashSet<>();
        for (int s = 0; s < SEASONS.size(); s++) {
            for (Pattern p : SEASONS.get(s)) {
                if (p.matcher(lower).find()) {
                    for (int m : SEASON_MONTHS[s]) {
                        months.add(m);
                    }
                }
            }
        }
        return months;
    }

    private static boolean nextToANumber(String text, int start, int end) {
        return text.substring(Math.max(0, start - 4), start).matches(".*\\d\\s*$") || text.substring(end, Math.min(text.length(), end + 3)).matches("^\\s*\\d.*");
    }
}

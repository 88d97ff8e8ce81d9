package org.rujp.bot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Fact;

/**
 * Where in a month a fact's text puts its event, as a range of days: a day ("on 10 June", "8-9 June", "10 июня",
 * "6月10日") or a part of the month ("in late June", "в конце июня", "6月下旬"). It orders two events of one month whose
 * dates give the month only.
 */
final class MonthParts {
    private static final List<String> ENGLISH = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Russian month stems, as the genitive after a day and the prepositional after "в конце" write them. */
    private static final List<String> RUSSIAN = List.of("январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр");
    private static final String EARLY = "(?:early|the beginning of|the start of|в начале|в первых числах)";
    private static final String MIDDLE = "(?:mid-?|the middle of|в середине)";
    private static final String LATE = "(?:late|the end of|в конце|в последних числах)";

    private MonthParts() {
    }

    /** The first and last day of the month the fact's texts put its event in, for that month; empty when none says. */
    static Optional<int[]> days(Fact fact, int month) {
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        String names = "(?:" + ENGLISH.get(month - 1) + "|" + RUSSIAN.get(month - 1) + ")\\p{L}*";
        List<Pattern> dayFirst = List.of(Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+" + names),
                Pattern.compile("(?<![\\d０-９])" + month + "月(\\d{1,2})日(?:[-–～~](\\d{1,2})日)?"));
        Pattern monthFirst = Pattern.compile(ENGLISH.get(month - 1) + "\\s+(\\d{1,2})(?!\\d)");
        Pattern part = Pattern.compile("(" + EARLY + "|" + MIDDLE + "|" + LATE + ")\\s*" + names);
        Pattern partJapanese = Pattern.compile("(?<![\\d０-９])" + month + "月(上旬|初め|初旬|中旬|下旬|末)");
        for (String text : fact.texts().values()) {
            String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
            for (Pattern p : dayFirst) {
                Matcher m = p.matcher(lower);
                if (m.find()) {
                    int from = Integer.parseInt(m.group(1));
                    return Optional.of(new int[] {from, m.group(2) == null ? from : Integer.parseInt(m.group(2))});
                }
            }
            Matcher m = monthFirst.matcher(lower);
            if (m.find()) {
                int day = Integer.parseInt(m.group(1));
                return Optional.of(new int[] {day, day});
            }
            Matcher p = part.matcher(lower);
            if (p.find()) {
                String which = p.group(1);
                return Optional.of(which.matches(EARLY) ? new int[] {1, 10} : which.matches(MIDDLE) ? new int[] {11, 20} : new int[] {21, 31});
            }
            Matcher ja = partJapanese.matcher(text);
            if (ja.find()) {
                String which = ja.group(1);
                return Optional.of(which.equals("中旬") ? new int[] {11, 20} : which.equals("下旬") || which.equals("末")
                        ? new int[] {21, 31} : new int[] {1, 10});
            }
        }
        return Optional.empty();
    }
}

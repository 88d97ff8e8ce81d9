package org.rujp.bot.knowledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in a line of an article page: "01.07.2019", "2019-07-01", "July 9, 2020, 1:43",
 * "12 January 2018", "January 12" (no year), "12 января 2018 года", "2019年6月10日".
 */
public final class DateFinder {
    /** A date as printed; {@code year} is 0 when the page does not print it. */
    public record Found(int year, int month, int day, String text, int start, int end) {
        boolean hasYear() {
            return year != 0;
        }

        LocalDate toDate() {
            return LocalDate.of(year, month, day);
        }
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String EN_MONTH = "(?<mon>January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String RU_MONTH = "(?<mon>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![\\d.])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d])"),
            Pattern.compile("(?<![\\d.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?!\\d)"),
            Pattern.compile("(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日"),
            Pattern.compile("(?<![\\d年])(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日"),
            Pattern.compile("(?i)\\b" + EN_MONTH + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y>\\d{4})\\b)?"),
            Pattern.compile("(?i)\\b(?<d>\\d{1,2})\\s+" + EN_MONTH + "(?:,?\\s+(?<y>\\d{4})\\b)?"),
            Pattern.compile("(?iu)(?<![\\p{L}\\d])(?<d>\\d{1,2})\\s+" + RU_MONTH + "(?:\\s+(?<y>\\d{4})(?:\\s*(?:года|г\\.))?)?(?![\\p{L}])"));

    private DateFinder() {
    }

    /** The first valid date in the text, by position. */
    public static Optional<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                toFound(m).ifPresent(found::add);
            }
        }
        return found.stream().min(Comparator.comparingInt(Found::start).thenComparing(f -> -f.text().length()));
    }

    /** True when the line is a date and little else ("01.07.2019", "July 9, 2020, 1:43", "Published: 12 May 2021"). */
    static boolean isDateLine(String line) {
        Optional<Found> found = find(line);
        if (found.isEmpty()) {
            return false;
        }
        String rest = line.substring(0, found.get().start()) + " " + line.substring(found.get().end());
        rest = rest.replaceAll("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:am|pm|AM|PM))?", " ").replaceAll("[^\\p{L}]+", " ").strip();
        return Page.words(rest) <= 2;
    }

    /** "2019-07-01", "2019-07-01T10:00:00+03:00", "2019-07-01 10:00": the date part. */
    static Optional<LocalDate> isoDate(String value) {
        Matcher m = PATTERNS.get(0).matcher(value == null ? "" : value.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return toFound(m).filter(Found::hasYear).map(Found::toDate);
    }

    private static Optional<Found> toFound(Matcher m) {
        int month;
        String mon = group(m, "mon");
        if (mon != null) {
            month = MONTHS.getOrDefault(mon.toLowerCase(Locale.ROOT), 0);
        } else {
            month = Integer.parseInt(m.group("m"));
        }
        int day = Integer.parseInt(m.group("d"));
        String y = group(m, "y");
        int year = y == null ? 0 : Integer.parseInt(y);
        if (year != 0 && (year < 1900 || year > 2100)) {
            return Optional.empty();
        }
        try {
            LocalDate.of(year == 0 ? 2000 : year, month, day); // 2000 is a leap year: 29 February passes
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new Found(year, month, day, m.group(), m.start(), m.end()));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> map = new java.util.HashMap<>();
        String[] en = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
        String[] ru = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"};
        for (int i = 0; i < 12; i++) {
            map.put(en[i], i + 1);
            map.put(en[i].substring(0, 3), i + 1);
            map.put(ru[i], i + 1);
        }
        map.put("sept", 9);
        return map;
    }
}

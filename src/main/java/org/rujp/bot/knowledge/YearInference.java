package org.rujp.bot.knowledge;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Establishes the year of a publication date printed without one ("MOSCOW, January 12"), only when
 * the text settles it: the text names exactly one weekday for its news ("said on Friday"), and among
 * the years from the earliest the text mentions to one after the latest, exactly one puts the printed
 * day on that weekday. Otherwise the year stays unknown.
 */
final class YearInference {
    /** The inferred date and how it was established, for the source's date note. */
    record Inferred(LocalDate date, String note) {
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");
    private static final Map<DayOfWeek, Pattern> WEEKDAYS = Map.of(
            DayOfWeek.MONDAY, Pattern.compile("(?iu)\\bon monday\\b|в понедельник|月曜日?"),
            DayOfWeek.TUESDAY, Pattern.compile("(?iu)\\bon tuesday\\b|во вторник|火曜日?"),
            DayOfWeek.WEDNESDAY, Pattern.compile("(?iu)\\bon wednesday\\b|в среду|水曜日?"),
            DayOfWeek.THURSDAY, Pattern.compile("(?iu)\\bon thursday\\b|в четверг|木曜日?"),
            DayOfWeek.FRIDAY, Pattern.compile("(?iu)\\bon friday\\b|в пятницу|金曜日?"),
            DayOfWeek.SATURDAY, Pattern.compile("(?iu)\\bon saturday\\b|в субботу|土曜日?"),
            DayOfWeek.SUNDAY, Pattern.compile("(?iu)\\bon sunday\\b|в воскресенье|日曜日?"));

    private YearInference() {
    }

    static Optional<Inferred> infer(int month, int day, String printed, String body) {
        Set<DayOfWeek> named = EnumSet.noneOf(DayOfWeek.class);
        WEEKDAYS.forEach((weekday, pattern) -> {
            if (pattern.matcher(body).find()) {
                named.add(weekday);
            }
        });
        TreeSet<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(body);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        if (named.size() != 1 || years.isEmpty()) {
            return Optional.empty();
        }
        DayOfWeek weekday = named.iterator().next();
        List<LocalDate> fits = new ArrayList<>();
        for (int year = years.first(); year <= years.last() + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (candidate.getDayOfWeek() == weekday) {
                    fits.add(candidate);
                }
            } catch (DateTimeException e) {
                // 29 February in a common year
            }
        }
        if (fits.size() != 1) {
            return Optional.empty();
        }
        String weekdayName = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return Optional.of(new Inferred(fits.get(0), "page prints '" + printed + "' without a year; " + fits.get(0).getYear()
                + " is the only year from " + years.first() + " (the earliest the text mentions) to " + (years.last() + 1)
                + " in which that day is a " + weekdayName + ", the weekday the text names"));
    }
}

package org.rujp.bot.knowledge;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an event happened, as precisely as the article says: a year ("2018"), a month ("2019-06")
 * or a day ("2019-06-29"). Ordered by its earliest possible day.
 */
public record EventDate(int year, int month, int day) implements Comparable<EventDate> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|--(\\d{2})(?:-(\\d{2}))?");

    public EventDate {
        if (year != 0 && (year < 1000 || year > 9999)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (year == 0 && month == 0) {
            throw new IllegalArgumentException("a date without a year needs a month");
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            LocalDate.of(year == 0 ? 2000 : year, month, day); // throws on 2019-02-30
        }
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD, or --MM and --MM-DD when the article gives no year ("began in January"). */
    public static EventDate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD but got '" + text + "'");
        }
        boolean yearless = m.group(1) == null;
        int year = yearless ? 0 : Integer.parseInt(m.group(1));
        int month = yearless ? Integer.parseInt(m.group(4)) : m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String dayText = yearless ? m.group(5) : m.group(3);
        int day = dayText == null ? 0 : Integer.parseInt(dayText);
        try {
            return new EventDate(year, month, day);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("no such day: '" + text + "'", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no such date: '" + text + "' (" + e.getMessage() + ")", e);
        }
    }

    public static EventDate of(LocalDate date) {
        return new EventDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Whether the year is known: "began in January" may leave it out. */
    public boolean hasYear() {
        return year != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    public Optional<MonthDay> monthDay() {
        return hasDay() ? Optional.of(MonthDay.of(month, day)) : Optional.empty();
    }

    public LocalDate earliest() {
        return LocalDate.of(year == 0 ? 1 : year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** ISO form with the precision it was given: "2019", "2019-06", "2019-06-29". */
    public String iso() {
        if (year == 0) {
            return day == 0 ? String.format("--%02d", month) : String.format("--%02d-%02d", month, day);
        }
        if (month == 0) {
            return Integer.toString(year);
        }
        return day == 0 ? String.format("%d-%02d", year, month) : String.format("%d-%02d-%02d", year, month, day);
    }

    /** For people: "29 June 2019", "June 2019", "2019". */
    public String display() {
        if (month == 0) {
            return Integer.toString(year);
        }
        String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String withoutYear = day == 0 ? monthName : day + " " + monthName;
        return year == 0 ? withoutYear : withoutYear + " " + year;
    }

    /** Whether this date says more precisely when {@code coarser} was: June 2019 narrows 2019, 29 June 2019 narrows June 2019. */
    public boolean narrows(EventDate coarser) {
        return precision() > coarser.precision() && year == coarser.year
                && (coarser.month == 0 || coarser.month == month);
    }

    @Override
    public int compareTo(EventDate other) {
        int c = earliest().compareTo(other.earliest());
        return c != 0 ? c : Integer.compare(precision(), other.precision());
    }

    private int precision() {
        return month == 0 ? 0 : day == 0 ? 1 : 2;
    }

    @Override
    public String toString() {
        return iso();
    }
}

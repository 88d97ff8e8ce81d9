package org.rujp.bot.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a passage mentions and resolves the relative ones against the article's publication date,
 * the way a reader of the news does: "on Monday" is the last Monday on or before the day of publication,
 * "last year" the year before it, "in late November" the November nearest to it, "next January" the first
 * January after it. A mention the text leaves open ("last week", "recently") is kept, unresolved.
 */
final class DateMentions {
    /** A date found at {@code start..end} of the text; {@code date} is null when it stays relative. */
    record Found(int start, int end, String text, EventDate date) {
        PassageSlots.DateMention mention() {
            return new PassageSlots.DateMention(text, date == null ? "" : date.iso());
        }
    }

    private static final String EN_MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String RU_MONTH_GEN = "(январ|феврал|марта|апрел|мая|июн|июл|августа|сентябр|октябр|ноябр|декабр)[а-я]*";
    private static final String RU_MONTH_PREP = "(январ|феврал|марте|апрел|мае|июн|июл|августе|сентябр|октябр|ноябр|декабр)[а-я]*";
    private static final List<String> RU_STEMS = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
            "октябр", "ноябр", "декабр");
    private static final String EN_WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final List<String> RU_WEEKDAYS = List.of("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень");
    private static final String JA_WEEKDAYS = "月火水木金土日";

    private final List<Rule> rules;

    private record Rule(Pattern pattern, java.util.function.BiFunction<Matcher, LocalDate, EventDate> resolve) {
    }

    private DateMentions(List<Rule> rules) {
        this.rules = rules;
    }

    static DateMentions of(Lang lang) {
        return switch (lang) {
            case EN -> english();
            case RU -> russian();
            case JA -> japanese();
        };
    }

    /** Every date mention, in order of position, a longer one winning over those inside it. */
    List<Found> find(String text, LocalDate published) {
        List<Found> all = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                EventDate date;
                try {
                    date = rule.resolve.apply(m, published);
                } catch (RuntimeException e) {
                    continue; // "31 February": not a date
                }
                all.add(new Found(m.start(), m.end(), m.group().strip(), date));
            }
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed()));
        List<Found> kept = new ArrayList<>();
        int end = -1;
        for (Found f : all) {
            if (f.start() >= end) {
                kept.add(f);
                end = f.end();
            }
        }
        return kept;
    }

    // ---- English

    private static DateMentions english() {
        int ci = Pattern.CASE_INSENSITIVE;
        List<Rule> r = new ArrayList<>();
        r.add(new Rule(Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"), (m, p) -> day(num(m, 1), num(m, 2), num(m, 3))));
        r.add(new Rule(Pattern.compile("\\b(\\d{1,2}) " + EN_MONTH + ",? (\\d{4})\\b"), (m, p) -> day(num(m, 3), enMonth(m.group(2)), num(m, 1))));
        r.add(new Rule(Pattern.compile("\\b" + EN_MONTH + " (\\d{1,2}),? (\\d{4})\\b"), (m, p) -> day(num(m, 3), enMonth(m.group(1)), num(m, 2))));
        r.add(new Rule(Pattern.compile("\\b(\\d{1,2}) " + EN_MONTH + "(?!,? \\d)"), (m, p) -> nearestDay(p, enMonth(m.group(2)), num(m, 1))));
        r.add(new Rule(Pattern.compile("\\b" + EN_MONTH + " (\\d{1,2})\\b(?!,? \\d{4})(?!\\d)"), (m, p) -> nearestDay(p, enMonth(m.group(1)), num(m, 2))));
        r.add(new Rule(Pattern.compile("\\b(?:(?:early|mid-?|late|the (?:end|beginning|middle) of) )?" + EN_MONTH + " (\\d{4})\\b"),
                (m, p) -> new EventDate(num(m, 2), enMonth(m.group(1)), 0)));
        r.add(new Rule(Pattern.compile("\\b(?:in|since|by|until|from|during|of|for) (?:(?:early|mid-?|late|the (?:end|beginning|middle) of) )?"
                + EN_MONTH + "\\b(?! \\d)"), (m, p) -> nearestMonth(p, enMonth(m.group(1)), 0)));
        r.add(new Rule(Pattern.compile("\\b(?:in |by |until )?(?:(?:early|mid-?|late|the (?:end|beginning|middle) of) )?" + EN_MONTH
                + " (next|last|this) year\\b"), (m, p) -> new EventDate(p.getYear() + direction(m.group(2)), enMonth(m.group(1)), 0)));
        r.add(new Rule(Pattern.compile("\\b(next|last|this) " + EN_MONTH + "\\b(?! \\d)", ci),
                (m, p) -> nearestMonth(p, enMonth(cap(m.group(2))), direction(m.group(1)))));
        r.add(new Rule(Pattern.compile("\\b(?:in|since|by|until|from|during|of|for|before|after) (?:(?:early|mid-?|late|the (?:end|beginning|middle) of) )?(\\d{4})\\b(?![-\\d])"),
                (m, p) -> year(num(m, 1))));
        r.add(new Rule(Pattern.compile("\\b(?:(last|next|this) )?" + EN_WEEKDAY + "\\b", 0),
                (m, p) -> weekday(p, DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)), m.group(1))));
        r.add(new Rule(Pattern.compile("\\b(yesterday|today|tomorrow)\\b", ci), (m, p) -> EventDate.of(p.plusDays(
                switch (m.group(1).toLowerCase(Locale.ROOT)) { case "yesterday" -> -1; case "tomorrow" -> 1; default -> 0; }))));
        r.add(new Rule(Pattern.compile("\\b(last|this|next) year\\b", ci), (m, p) -> year(p.getYear() + direction(m.group(1)))));
        r.add(new Rule(Pattern.compile("\\b(?:(later|earlier) )?this year\\b", ci), (m, p) -> year(p.getYear())));
        r.add(new Rule(Pattern.compile("\\b(\\w+) years? ago\\b", ci), (m, p) -> year(p.getYear() - count(m.group(1)))));
        r.add(new Rule(Pattern.compile("\\b(last|this|next) month\\b", ci), (m, p) -> month(p.plusMonths(direction(m.group(1))))));
        r.add(new Rule(Pattern.compile("\\b(?:(?:earlier|later) )?this month\\b", ci), (m, p) -> month(p)));
        r.add(new Rule(Pattern.compile("\\b(?:last|next|this) week(?:end)?\\b|\\brecently\\b|\\bin the coming (?:days|weeks|months|years)\\b"
                + "|\\bin recent (?:days|weeks|months|years)\\b|\\bsoon\\b", ci), (m, p) -> null));
        return new DateMentions(r);
    }

    private static int enMonth(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n) + 1;
    }

    private static String cap(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static int direction(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "last", "прошл", "先", "昨", "去" -> -1;
            case "next", "следующ", "будущ", "来" -> 1;
            default -> 0;
        };
    }

    private static int count(String word) {
        Map<String, Integer> words = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
                "eight", 8, "ten", 10);
        String w = word.toLowerCase(Locale.ROOT);
        return w.matches("\\d+") ? Integer.parseInt(w) : java.util.Optional.ofNullable(words.get(w)).orElseThrow();
    }

    // ---- Russian

    private static DateMentions russian() {
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        List<Rule> r = new ArrayList<>();
        r.add(new Rule(Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})\\.(\\d{2})\\.(\\d{4})(?!\\d)"), (m, p) -> day(num(m, 3), num(m, 2), num(m, 1))));
        r.add(new Rule(Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2}) " + RU_MONTH_GEN + "(?: (\\d{4})(?: года| г\\.)?)?", ci),
                (m, p) -> m.group(3) != null ? day(num(m, 3), ruMonth(m.group(2)), num(m, 1)) : nearestDay(p, ruMonth(m.group(2)), num(m, 1))));
        r.add(new Rule(Pattern.compile("(?<!\\p{L})(?:в|с|до|к) (?:конце |начале |середине )?" + RU_MONTH_PREP + "(?: (\\d{4})(?: года| г\\.)?)?", ci),
                (m, p) -> m.group(2) != null ? new EventDate(num(m, 2), ruMonth(m.group(1)), 0) : nearestMonth(p, ruMonth(m.group(1)), 0)));
        r.add(new Rule(Pattern.compile("(?<!\\p{L})(?:в|с|до|к) (?:конце |начале |середине )?(\\d{4}) (?:год[ау]?|г\\.)", ci), (m, p) -> year(num(m, 1))));
        r.add(new Rule(Pattern.compile("(?<!\\p{L})(\\d{4}) год(?:а|у)?(?!\\p{L})", ci), (m, p) -> year(num(m, 1))));
        r.add(new Rule(Pattern.compile("(?<!\\p{L})(?:в|во) (понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\\p{L})", ci),
                (m, p) -> weekday(p, ruWeekday(m.group(1)), null)));
        r.add(new Rule(Pattern.compile("(?<!\\p{L})(вчера|сегодня|завтра)(?!\\p{L})", ci), (m, p) -> EventDate.of(p.plusDays(
                switch (m.group(1).toLowerCase(Locale.ROOT)) { case "вчера" -> -1; case "завтра" -> 1; default -> 0; }))));
        r.add(new Rule(Pattern.compile("(?<!\\p{L})в (прошл|этом|следующ|будущ)[а-я]* году(?!\\p{L})", ci),
                (m, p) -> year(p.getYear() + direction(m.group(1).toLowerCase(Locale.ROOT).startsWith("эт") ? "this" : m.group(1).toLowerCase(Locale.ROOT)))));
        r.add(new Rule(Pattern.compile("(?<!\\p{L})в (прошл|этом|следующ|будущ)[а-я]* месяце(?!\\p{L})", ci),
                (m, p) -> month(p.plusMonths(direction(m.group(1).toLowerCase(Locale.ROOT).startsWith("эт") ? "this" : m.group(1).toLowerCase(Locale.ROOT))))));
        r.add(new Rule(Pattern.compile("(?<!\\p{L})(?:на (?:прошлой|этой|следующей) неделе|недавно|в ближайшее время|в ближайшие (?:дни|недели|месяцы|годы))(?!\\p{L})", ci),
                (m, p) -> null));
        return new DateMentions(r);
    }

    private static int ruMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = RU_STEMS.size() - 1; i >= 0; i--) {
            if (w.startsWith(RU_STEMS.get(i)) && (i != 4 || w.startsWith("ма") && !w.startsWith("мар"))) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no month: " + word);
    }

    private static DayOfWeek ruWeekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < RU_WEEKDAYS.size(); i++) {
            if (w.startsWith(RU_WEEKDAYS.get(i))) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw new IllegalArgumentException("no weekday: " + word);
    }

    // ---- Japanese (digits already made half-width)

    private static DateMentions japanese() {
        List<Rule> r = new ArrayList<>();
        r.add(new Rule(Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"), (m, p) -> day(num(m, 1), num(m, 2), num(m, 3))));
        r.add(new Rule(Pattern.compile("(\\d{4})年(\\d{1,2})月"), (m, p) -> new EventDate(num(m, 1), num(m, 2), 0)));
        r.add(new Rule(Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日"), (m, p) -> nearestDay(p, num(m, 1), num(m, 2))));
        r.add(new Rule(Pattern.compile("(?<![\\d年])(\\d{1,2})月(?:上旬|中旬|下旬|末|初め)"), (m, p) -> nearestMonth(p, num(m, 1), 0)));
        r.add(new Rule(Pattern.compile("(\\d{4})年(?!\\d|間|度)"), (m, p) -> year(num(m, 1))));
        r.add(new Rule(Pattern.compile("([" + JA_WEEKDAYS + "])曜日?"), (m, p) -> weekday(p, DayOfWeek.of(JA_WEEKDAYS.indexOf(m.group(1)) + 1), null)));
        r.add(new Rule(Pattern.compile("(昨日|本日|今日|明日)"), (m, p) -> EventDate.of(p.plusDays(
                switch (m.group(1)) { case "昨日" -> -1; case "明日" -> 1; default -> 0; }))));
        r.add(new Rule(Pattern.compile("(昨|去|今|来)年"), (m, p) -> year(p.getYear() + direction(m.group(1)))));
        r.add(new Rule(Pattern.compile("(先|今|来)月"), (m, p) -> month(p.plusMonths(direction(m.group(1))))));
        r.add(new Rule(Pattern.compile("先週|今週|来週|最近|近く"), (m, p) -> null));
        return new DateMentions(r);
    }

    /** Full-width digits and signs as ASCII, one character for one, so positions stay. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c);
        }
        return out.toString();
    }

    // ---- resolution

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static EventDate day(int year, int month, int day) {
        return new EventDate(year, month, day);
    }

    private static EventDate year(int year) {
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("not a year of the news: " + year);
        }
        return new EventDate(year, 0, 0);
    }

    private static EventDate month(LocalDate d) {
        return new EventDate(d.getYear(), d.getMonthValue(), 0);
    }

    /** A day and month without a year: in the year that puts it nearest the publication date. */
    private static EventDate nearestDay(LocalDate published, int month, int day) {
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, day);
            if (best == null || Math.abs(d.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                best = d;
            }
        }
        return EventDate.of(best);
    }

    /** A month without a year: the nearest one, or with {@code direction} the first after (1) or the last before (-1) publication. */
    private static EventDate nearestMonth(LocalDate published, int month, int direction) {
        int pm = published.getYear() * 12 + published.getMonthValue() - 1;
        int best = Integer.MIN_VALUE;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            int candidate = y * 12 + month - 1;
            boolean fits = direction == 0 || direction > 0 && candidate > pm || direction < 0 && candidate < pm;
            if (fits && (best == Integer.MIN_VALUE || Math.abs(candidate - pm) < Math.abs(best - pm))) {
                best = candidate;
            }
        }
        return new EventDate(best / 12, best % 12 + 1, 0);
    }

    /** "On Monday": the last such day on or before publication; "next Monday" the first after it. */
    private static EventDate weekday(LocalDate published, DayOfWeek day, String which) {
        String w = which == null ? "" : which.toLowerCase(Locale.ROOT);
        LocalDate d = switch (w) {
            case "next" -> published.with(TemporalAdjusters.next(day));
            case "last" -> published.with(TemporalAdjusters.previous(day));
            default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
        return EventDate.of(d);
    }
}

package org.rujp.bot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.answer.analysis.AnswerType;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EntityCard;

/**
 * A value a question gives to be checked: the venue of "were the November talks held in Tokyo? need the city
 * confirmed", the year of "安倍首相がプランを出したのって2017年でしたっけ？". Read without it, the question asks for
 * that value, and the articles' own value answers as a correction ("Moscow (not Tokyo)").
 *
 * @param asked what the question asks once the value is taken out: the place, or the year (a date or month when asked)
 * @param granularity of a place: a city's venue is corrected by a city
 * @param claimed the value as the question writes it
 * @param without the question with the value taken out
 */
record Claims(AnswerType asked, Optional<EntityCard.PlaceType> granularity, String claimed, String without) {
    private static final Pattern YEAR = Pattern.compile("(?iu)(?:\\b(?:in|the year)\\s+|(?<!\\p{L})в\\s+)?(?<![\\d.,])((?:19|20)\\d\\d)(?![\\d.,])"
            + "(?:\\s*(?:году|года|год|г\\.)|年)?");
    private static final List<AnswerType> TIMES = List.of(AnswerType.YEAR, AnswerType.MONTH, AnswerType.DATE);

    /**
     * The value the question gives to be checked: a venue (a city or region, not a country) it asks to confirm, or
     * its one year, asked to be confirmed or given with a question asking the year. None in a question of several
     * parts, and none when it gives both.
     */
    static List<Claims> in(String question, InformationNeed need, boolean confirming) {
        if (need.multiPart()) {
            return List.of();
        }
        List<Claims> claims = new java.util.ArrayList<>();
        venue(question, need, confirming).ifPresent(claims::add);
        year(question, need, confirming).ifPresent(claims::add);
        guessedCount(question, need).ifPresent(claims::add);
        // "agreed at the 2018 summit in Tokyo, right?": with two values given, the other may be as wrong as the one
        // corrected, and the fact correcting one may be of another event
        return claims.size() == 1 ? claims : List.of();
    }

    /**
     * A place the knowledge does not know, given as the venue of what a yes-or-no question asks to confirm: "Was the
     * Putin-Abe meeting held in Sochi?", "Встреча прошла в Сочи?", "会談はソチで行われた？". The place asked is then
     * the one the facts give, correcting it.
     */
    static Optional<Claims> unknownVenue(String question, String name) {
        Matcher written = Pattern.compile("(?iu)(?:\\b(?:in|at)\\s+(?:the\\s+)?|(?<!\\p{L})(?:в|во)\\s+)(" + Pattern.quote(name)
                + ")(?!\\p{L})|(" + Pattern.quote(name) + ")\\s*で").matcher(question);
        if (!written.find()) {
            return Optional.empty();
        }
        String without = (question.substring(0, written.start()) + " " + question.substring(written.end())).replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Claims(AnswerType.PLACE, Optional.empty(), written.group(1) != null ? written.group(1) : written.group(2), without));
    }

    /** A word offering another option: "or", "или", "それとも". */
    private static final Pattern OFFERED = Pattern.compile("(?iu)(?<!\\p{L})(?:or|или|либо)(?!\\p{L})|それとも");

    private static Optional<Claims> venue(String question, InformationNeed need, boolean confirming) {
        // only to be confirmed: "which region was chosen first at the Vladivostok talks" asks another place; and not
        // offered beside another ("was that about the Osaka summit or the G20 meeting in Tsukuba?" claims neither)
        if (!confirming || TIMES.contains(need.type()) || OFFERED.matcher(question).find()) {
            return Optional.empty();
        }
        for (Entity place : need.entities()) {
            boolean venue = need.venues().contains(place.id()) && place.card().cityOrRegion();
            Matcher written = place.namesAsWritten().matcher(question);
            if (venue && written.find()) {
                String without = question.replace(written.group(), " ").replaceAll("\\s{2,}", " ").strip();
                return Optional.of(new Claims(AnswerType.PLACE, place.card().placeType(), written.group(), without));
            }
        }
        return Optional.empty();
    }

    /**
     * A number guessed, hedged, in a question asking a number: "I think there were about 500 events?", "около сорока
     * певцов?", "10億ドルくらいでしたか". The number with what multiplies it or makes it a share.
     */
    private static final Pattern GUESSED = Pattern.compile("(?iu)(?:\\b(?:about|around|roughly|approximately|maybe|perhaps|some|nearly|almost)"
            + "|(?<!\\p{L})(?:около|примерно|приблизительно|где-то|вроде|кажется|почти|порядка)|約|たしか|確か)\\s*"
            + "(\\d[\\d,.\\s\u00a0]*\\d|\\d)(\\s*(?:%|％|percent|per cent|процент\\p{L}*|billion|million|thousand|млрд\\.?|млн\\.?|тыс\\.?"
            + "|миллиард\\p{L}*|миллион\\p{L}*|тысяч\\p{L}*|億|万|千))?"
            + "|(\\d[\\d,.]*)(\\s*(?:%|％|億|万|千)?\\s*(?:ドル|人|件)?\\s*(?:くらい|ぐらい|ほど|前後))"
            + "|(\\d[\\d,.]*)(\\s*(?:%|percent|billion|million|thousand)?\\s*\\p{L}*\\s+or so)\\b");

    /** Words asking for a part of a figure the question gives: "of them", "из них", "そのうち", "1000件のうち". */
    private static final Pattern PART_OF = Pattern.compile("(?iu)\\bhow many(?:\\s+\\p{L}+){0,2}?\\s+(?:of them|of those|of these|of which)\\b"
            + "|\\b(?:of them|of those|of these|of which),?\\s+how many\\b"
            + "|(?<!\\p{L})сколько(?:\\s+\\p{L}+){0,2}?\\s+из (?:них|которых|этих|этого числа)(?!\\p{L})"
            + "|(?<!\\p{L})из (?:них|которых|этих|этого числа),?\\s+сколько(?!\\p{L})"
            + "|そのうち|このうち|その中で|そのなかで|^[^、。？?\\s]{0,8}?のうち|^\\S{0,2}中(?![国心])");
    /** A part asked of a whole named after it: "how many of the projects drawn up were under way", "сколько из проектов". */
    private static final Pattern PART_OF_NAMED = Pattern.compile("(?iu)\\bhow many (?:of|out of|among) (?:the|its|their|these|those|all)\\b"
            + "|(?<!\\p{L})сколько (?:из|среди)(?!\\p{L})|のうち|の中で|の中の");

    /** Whether the question asks a part of a whole: "how many of them…", "how many of the projects…", "そのうち何件". */
    static boolean asksAPart(String question) {
        return PART_OF.matcher(question).find() || PART_OF_NAMED.matcher(question).find();
    }

    /** A figure given as the whole a part is asked of: "of the 1000 events", "из 1000 мероприятий". */
    private static final Pattern WHOLE_BEFORE = Pattern.compile("(?iu)(?:\\b(?:of|out of|among)(?:\\s+(?:the|these|those|its|their))?|(?<!\\p{L})(?:из|среди))\\s+$");

    /**
     * Whether the question asks a part of a figure it gives: "about 1000 events; how many of them were in Japan?", "of
     * the 1000 events, how many…" give the whole, not the count asked.
     */
    static boolean partAsked(String question, int figureStart, int figureEnd) {
        return figureStart >= 0 && figureEnd <= question.length()
                && (PART_OF.matcher(question.substring(figureEnd)).find() || WHOLE_BEFORE.matcher(question.substring(0, figureStart)).find());
    }

    private static Optional<Claims> guessedCount(String question, InformationNeed need) {
        if (need.type() != AnswerType.NUMBER && need.type() != AnswerType.AMOUNT) {
            return Optional.empty();
        }
        Matcher m = GUESSED.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        int group = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
        String number = m.group(group).strip();
        int start = m.start();
        int end = m.end();
        if (YEAR.matcher(number).matches() || partAsked(question, m.start(group), end) || m.find()) {
            return Optional.empty(); // a year bounds the time; two guesses: which is to be checked is not clear
        }
        String without = (question.substring(0, start) + " " + question.substring(end)).replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Claims(need.type(), Optional.empty(), number, without));
    }

    /** A share or a sum: besides a year, the value the question gives to be checked ("by 7 percent", "6 billion"). */
    private static final Pattern FIGURE = Pattern.compile("(?iu)\\d\\s*(?:%|％|percent|per cent|процент|パーセント|billion|million|trillion"
            + "|млрд|млн|миллиард|миллион|триллион|億|兆)");

    /**
     * Whether a question asking a time gives its one year as a guess: "When was it extended, 2020 I think?",
     * "何年だっけ、2020年？", "в 2020-м вроде?". That year is checked, not a time the facts must be of.
     */
    static boolean guessesTheYear(String question, InformationNeed need, org.rujp.bot.answer.analysis.LanguageRules rules) {
        if (!TIMES.contains(need.type()) || need.multiPart()) {
            return false;
        }
        Matcher m = YEAR.matcher(question);
        if (!m.find()) {
            return false;
        }
        int end = m.end();
        // set apart from the question ("…extended, 2020?"), not its end ("…meet in Vladivostok in 2018?")
        boolean apart = SET_APART.matcher(question.substring(0, m.start())).find();
        return apart && !m.find() && rules.guessed(GUESS_ENDING.matcher(question.substring(end)).replaceFirst(""));
    }

    /**
     * Whether a question asking how much or how many gives its one figure as a guess: "By how much, two years or... I
     * forget.", "на сколько продлили, на два года вроде?", "何年延びたっけ、2年？". That figure is checked (and
     * corrected), not taken as a premise the facts contradict.
     */
    static boolean guessesTheAmount(String question, InformationNeed need, org.rujp.bot.answer.analysis.LanguageRules rules) {
        if (need.type() != AnswerType.NUMBER && need.type() != AnswerType.AMOUNT || need.multiPart()) {
            return false;
        }
        // (set apart, the one figure the question gives: what follows it is the hedge, if any)
        return setApartFigure(question, need).isPresent()
                && rules.guessed(question.substring(GUESSED_FIGURE.matcher(question).results().findFirst().orElseThrow().end()));
    }

    /** The one figure a question sets apart at its end to be checked ("…, 2 years?"), as a claim. */
    static Optional<Claims> setApartFigure(String question, InformationNeed need) {
        List<java.util.regex.MatchResult> figures = GUESSED_FIGURE.matcher(question).results().toList();
        if (figures.size() != 1 || YEAR.matcher(figures.get(0).group()).lookingAt()) {
            return Optional.empty();
        }
        java.util.regex.MatchResult m = figures.get(0);
        if (!SET_APART.matcher(question.substring(0, m.start())).find()) {
            return Optional.empty();
        }
        Matcher digits = DIGITS.matcher(m.group());
        String figure = digits.find() ? digits.group() : FIGURE_WORDS.entrySet().stream()
                .filter(w -> m.group().toLowerCase(java.util.Locale.ROOT).matches("(?:(?:на|by)\\s+)?" + w.getKey() + "(?!\\p{L}).*"))
                .map(java.util.Map.Entry::getValue).findFirst().orElse("");
        if (figure.isEmpty()) {
            return Optional.empty();
        }
        String without = (question.substring(0, m.start()) + " " + question.substring(m.end())).replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Claims(need.type(), Optional.empty(), figure, without));
    }

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    /** The small numbers a question writes in words ("two years", "на два года"), which stay words in its text. */
    private static final java.util.Map<String, String> FIGURE_WORDS = java.util.Map.ofEntries(java.util.Map.entry("one", "1"),
            java.util.Map.entry("two", "2"), java.util.Map.entry("three", "3"), java.util.Map.entry("four", "4"),
            java.util.Map.entry("five", "5"), java.util.Map.entry("один", "1"), java.util.Map.entry("одну", "1"),
            java.util.Map.entry("два", "2"), java.util.Map.entry("две", "2"), java.util.Map.entry("двух", "2"),
            java.util.Map.entry("три", "3"), java.util.Map.entry("трёх", "3"), java.util.Map.entry("трех", "3"),
            java.util.Map.entry("четыре", "4"), java.util.Map.entry("пять", "5"));

    /** A figure with the word it counts or measures, if any ("2 years", "15%", "2年", "на 2 года"). */
    private static final Pattern GUESSED_FIGURE = Pattern.compile("(?iu)(?:(?<=^|\\s)(?:на|by)\\s+)?(?:\\d[\\d,.]*|(?<!\\p{L})(?:"
            + String.join("|", FIGURE_WORDS.keySet()) + ")(?!\\p{L}))\\s*"
            // the word counted or measured: a Japanese counter is a character or two ("2年", not "130件のうち…")
            + "(?:%|[\\p{IsLatin}\\p{IsCyrillic}]+|\\p{IsHan}{1,2}|[\\p{IsHiragana}\\p{IsKatakana}]{1,3})?");


    /** What sets a year apart from the question before it: a comma, a dash or the end of a sentence. */
    private static final Pattern SET_APART = Pattern.compile("[,，、–—\\-?？.。]\\s*(?:(?:в|во|in)\\s+)?$");

    /** What may end a year before the guess's hedge: "2020-м", "2020年", "2020 г.". */
    private static final Pattern GUESS_ENDING = Pattern.compile("^(?:-?(?:м|й|го|ом|ый)|\\s*г\\.?)(?!\\p{L})");

    private static Optional<Claims> year(String question, InformationNeed need, boolean confirming) {
        // "what year … says 2015" gives the year asked to be checked; "when did they meet in 2018" only bounds the time
        Matcher m = YEAR.matcher(question);
        if (!m.find() || !(confirming || need.type() == AnswerType.YEAR)) {
            return Optional.empty();
        }
        String year = m.group(1);
        int start = m.start();
        int end = m.end();
        if (m.find()) {
            return Optional.empty(); // two years: which is given to be checked is not clear
        }
        String without = (question.substring(0, start) + " " + question.substring(end)).replaceAll("\\s{2,}", " ").strip();
        if (!TIMES.contains(need.type()) && FIGURE.matcher(without).find()) {
            return Optional.empty(); // "trade went up in 2018 by 7 percent, was it?": the figure is what is checked
        }
        return Optional.of(new Claims(TIMES.contains(need.type()) ? need.type() : AnswerType.YEAR, Optional.empty(), year, without));
    }
}

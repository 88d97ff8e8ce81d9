package org.rujp.bot.answer.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Lang;

/**
 * A question asking how many years lie between two events, and the two events as it tells them: "How many years
 * passed between Abe proposing the plan and Oreshkin saying it was producing results?", "Интервал в годах: от
 * выдвижения плана до заявления Орешкина?", "協力プランの提案からオレシキン氏の発言まで何年？". Each event is
 * found by its own words; the answer is the difference of the years their facts give.
 */
public final class Intervals {
    private static final String END = "[?？.。!！\\s]*$";
    private static final List<Pattern> EN = List.of(
            Pattern.compile("(?i)how many years (?:passed |elapsed |went by |were there |lay |are there |is it |was it |lie )?(?:between|from) (.+?) (?:and|to|until|till) (.+?)" + END),
            Pattern.compile("(?i)how long (?:was it |passed |elapsed |went by |was there |is there )?between (.+?) and (.+?)" + END),
            Pattern.compile("(?i)\\b(?:interval|gap|span)\\b[^:?]{0,20}?:?\\s*(?:between|from) (.+?) (?:and|to|until) (.+?)" + END),
            Pattern.compile("(?i)how many years after (.+?),? (?:did|was|were|had) (.+?)" + END),
            Pattern.compile("(?i)how many years (?:separate|separated|lie between) (.+?) (?:from|and) (.+?)" + END));
    private static final List<Pattern> RU = List.of(
            Pattern.compile("(?iu)сколько (?:лет|года|времени) (?:прошло |минуло |пролегло )?(?:от|с|между) (.+?) (?:до|и|по) (.+?)" + END),
            Pattern.compile("(?iu)(?<!\\p{L})(?:интервал|промежуток|разрыв)(?!\\p{L})[^:?]{0,20}?[:—–-]?\\s*(?:от|между|с) (.+?) (?:до|и|по) (.+?)" + END),
            Pattern.compile("(?iu)через сколько лет после (.+?),? (.+?)" + END),
            Pattern.compile("(?iu)сколько (?:лет|года|времени) (?:разделяют|разделяет|отделяют|отделяет|лежит между) (.+?) (?:и|от) (.+?)" + END));
    private static final List<Pattern> JA = List.of(
            Pattern.compile("^(.+?)から(.+?)まで(?:は|に|、|の間)?(?:何年|どのくらい|どれくらい|何か月|何ヶ月)"),
            Pattern.compile("^(.+?)と(.+?)の間(?:は|に|、)?(?:何年|どのくらい|どれくらい)"),
            Pattern.compile("^(.+?)の何年後に(.+?)[？?。]*$"));

    private Intervals() {
    }

    /** The two events, earlier as told first, whose interval in years the question asks; empty when it asks none. */
    public static Optional<List<String>> between(String question, Lang lang) {
        return readings(question, lang).stream().findFirst();
    }

    /**
     * Every way the question parts into two events at its joining word, the first joining word first: "между встречей
     * Лаврова и Коно в Москве и решением продлить…" parts at either "и", and only the second parts it into events (the
     * answerer takes the reading whose two events it finds best). Empty when it asks no interval.
     */
    public static List<List<String>> readings(String question, Lang lang) {
        List<Pattern> patterns = switch (lang) {
            case EN -> EN;
            case RU -> RU;
            case JA -> JA;
        };
        String text = question.strip();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (!m.find() || m.group(1).isBlank() || m.group(2).isBlank()) {
                continue;
            }
            List<List<String>> readings = new java.util.ArrayList<>();
            readings.add(List.of(m.group(1).strip(), m.group(2).strip()));
            // the same joining word further on: the first event may hold one ("Lavrov and Kono")
            String joining = text.substring(m.end(1), m.start(2));
            String both = text.substring(m.start(1), m.end(2));
            int first = m.end(1) - m.start(1);
            for (int at = both.indexOf(joining, first + 1); at > 0; at = both.indexOf(joining, at + 1)) {
                String one = both.substring(0, at).strip();
                String other = both.substring(at + joining.length()).strip();
                if (!one.isEmpty() && !other.isEmpty()) {
                    readings.add(List.of(one, other));
                }
            }
            return readings;
        }
        return List.of();
    }
}

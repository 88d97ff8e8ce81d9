package org.rujp.bot.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Lang;

/**
 * What kind of value a question asks for; decides what the answer puts first. In English and Russian
 * the earliest question phrase decides ("Which summit took place in the city where ..." asks for a
 * summit, not a place); a generic "what/which" phrase that names no kind of value means OTHER. In
 * Japanese the question word may stand anywhere, so the most specific one found decides.
 */
public enum QuestionType {
    WHEN, HOW_MANY, WHERE, WHO, OTHER;

    private static final String EN_WHICH = "(?:what|which)\\s+(?:[\\w'-]+\\s+){0,2}";
    private static final Pattern[] EN = {
        Pattern.compile("\\b(?:when|" + EN_WHICH + "(?:year|date|day|month|week|weekday|season)s?|how long ago|since when)\\b"),
        Pattern.compile("\\b(?:how many|how much|by how much|how large|how big|" + EN_WHICH + "(?:percentage|share|number|amount|sum|total|figure|count|value|volume|proportion|population|size|price|cost)s?|what is the (?:population|size|price|cost|value|number|total)|what was the (?:population|size|price|cost|value|number|total))\\b"),
        Pattern.compile("\\b(?:where|from where|" + EN_WHICH + "(?:city|cities|place|country|region|port|town|venue|location|island)s?)\\b"),
        Pattern.compile("\\b(?:who|whom|whose|" + EN_WHICH + "(?:minister|official|leader|person|politician|diplomat|spokeswoman|spokesman|company|firm|maker|manufacturer|organi[sz]ation|choir|agency|head|chief|ceo)s?)\\b"),
        Pattern.compile("\\b(?:what|which|how|why|did|does|do|is|are|was|were)\\b"),
    };
    private static final String RU_WHICH = "(?:какой|какая|какое|какие|каком|какого|какую|какой-то|в каком|в какой|на каком)\\s+(?:[а-яё]+\\s+)?";
    private static final Pattern[] RU = {
        Pattern.compile("(?<![а-яё])(?:когда|" + RU_WHICH + "(?:году|год|числа|число|месяце|месяц|дату|дата|день|дня)|с каких пор)(?![а-яё])"),
        Pattern.compile("(?<![а-яё])(?:сколько|на сколько|насколько|" + RU_WHICH + "(?:количество|сумма|сумму|объ[её]м|процент|процентов|доля|долю|число))(?![а-яё])"),
        Pattern.compile("(?<![а-яё])(?:где|куда|откуда|" + RU_WHICH + "(?:городе|город|стране|страна|регионе|регион|месте|место|области|острове))(?![а-яё])"),
        Pattern.compile("(?<![а-яё])(?:кто|кого|кем|кому|чей|чья|чьё|чьи|" + RU_WHICH + "(?:министр|министра|компания|компании|компанию|хор|хора|чиновник|лидер|глава|руководитель|представитель|организация|организации))(?![а-яё])"),
        Pattern.compile("(?<![а-яё])(?:что|чем|какой|какая|какое|какие|каком|какого|какую|как|зачем|почему|ли)(?![а-яё])"),
    };
    private static final Pattern WHEN_JA = Pattern.compile("(いつ|何年|何月|何日|何曜日|どの年|時期)");
    private static final Pattern HOW_MANY_JA = Pattern.compile("(いくつ|何件|何人|何%|何パーセント|何割|どれくらい|どのくらい|どれほど|いくら|何億|何万|件数|人数|総額|金額|割合)");
    private static final Pattern WHERE_JA = Pattern.compile("(どこ|どの都市|どの町|どの国|どの地域|どちら)");
    private static final Pattern WHO_JA = Pattern.compile("(誰|だれ|どなた|どの大臣|どの企業|どの会社)");
    private static final QuestionType[] ORDER = {WHEN, HOW_MANY, WHERE, WHO, OTHER};

    public static QuestionType of(String question, Lang lang) {
        String q = question.toLowerCase(Locale.ROOT);
        return switch (lang) {
            case EN -> earliest(q, EN);
            case RU -> earliest(q, RU);
            case JA -> firstFound(q);
        };
    }

    /** The type of the earliest question phrase; on a tie the specific type beats the generic one. */
    private static QuestionType earliest(String q, Pattern[] patterns) {
        QuestionType best = OTHER;
        int bestAt = Integer.MAX_VALUE;
        for (int i = 0; i < patterns.length; i++) {
            Matcher m = patterns[i].matcher(q);
            if (m.find() && m.start() < bestAt) {
                best = ORDER[i];
                bestAt = m.start();
            }
        }
        return best;
    }

    private static QuestionType firstFound(String q) {
        if (HOW_MANY_JA.matcher(q).find()) {
            return HOW_MANY;
        }
        if (WHEN_JA.matcher(q).find()) {
            return WHEN;
        }
        if (WHERE_JA.matcher(q).find()) {
            return WHERE;
        }
        if (WHO_JA.matcher(q).find()) {
            return WHO;
        }
        return OTHER;
    }
}

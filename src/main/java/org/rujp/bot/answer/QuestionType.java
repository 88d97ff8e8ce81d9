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
    /** Russian words must stand alone: "где" is not in "везде", "дата" not in "кандидата", "когда" not in "никогда". */
    private static Pattern ru(String alternatives) {
        return Pattern.compile("(?<![а-яё])(?:" + alternatives + ")(?![а-яё])");
    }

    private static final String RU_ANY_WORD = "(?:[а-яё]+ )?";
    private static final Pattern WHEN_RU = ru("когда|в каком году|какого года|какого числа|в каком месяце|в какой день|какой год"
            + "|с какого (?:года|времени|месяца)|до какого (?:года|времени|числа|месяца)|как давно|дата|в какие сроки");
    private static final Pattern HOW_MANY_RU = ru("сколько|на сколько|насколько (?:вырос|выросл|увелич|сократ|сниз)[а-яё]*|во сколько раз"
            + "|какое количество|какая сумма|какой процент|какова доля|какую сумму|число|количество"
            + "|как[а-яё]* (?:объ[её]м|сумм[а-яё]*|доля|масштаб)");
    private static final Pattern WHERE_RU = ru("где|куда|откуда|в какой стране|в каком регионе"
            + "|в как[а-яё]* " + RU_ANY_WORD + "(?:город|стран|регион|област|мест)[а-яё]*"
            + "|как[а-яё]* " + RU_ANY_WORD + "город[а-яё]*");
    private static final Pattern WHO_RU = ru("кто|кого|кем|кому|чей|чья|чьё|чье|чьи"
            + "|(?:с |у |от |для |в )?как[а-яё]* " + RU_ANY_WORD
            + "(?:министр|компани|организаци|хор|фирм|банк|фонд|агентств|ведомств|министерств|политик|чиновник|лидер)[а-яё]*");

    private static final Pattern WHEN_JA = Pattern.compile("(いつ|何年(?!間)|何月|何日|何曜日|どの年|時期|日付|何時)");
    private static final Pattern HOW_MANY_JA = Pattern.compile("(いくつ|何件|何人|何名|何回|何社|何か国|何カ国|何ヶ国|何%|何％|何パーセント|何割"
            + "|何年間|何か月|何カ月|どれくらい|どのくらい|どれだけ|どれほど|いくら|何億|何万|何千|何百|件数|人数|総額|金額|割合|規模|何項目)");
    private static final Pattern WHERE_JA = Pattern.compile("(どこ|どの都市|どの町|どの国|どの地域|どちら|どの州|どの市|どの場所)");
    private static final Pattern WHO_JA = Pattern.compile("(誰|だれ|どなた|どの大臣|どの企業|どの会社|どの団体|どの組織|どの合唱団|どの首相|どの機関)");
    private static final Pattern OTHER_RU = ru("что|чем|какой|какая|какое|какие|каком|какого|какую|как|зачем|почему|ли");
    private static final Pattern[] RU = {WHEN_RU, HOW_MANY_RU, WHERE_RU, WHO_RU, OTHER_RU};
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

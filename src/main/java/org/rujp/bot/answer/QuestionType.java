package org.rujp.bot.answer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Lang;

/** What kind of value a question asks for; decides what the answer puts first. */
public enum QuestionType {
    WHEN, HOW_MANY, WHERE, WHO, OTHER;

    private static final Pattern WHEN_EN = Pattern.compile("\\b(when|what year|which year|what date|which date|what month|which month|how long ago|since when|in what year)\\b");
    private static final Pattern HOW_MANY_EN = Pattern.compile("\\b(how many|how much|what percentage|what share|by how much|what number|how big|how large|what was the (?:growth|increase|amount|total|number|count|figure)|what (?:amount|sum|total|number))\\b");
    private static final Pattern WHERE_EN = Pattern.compile("\\b(where|in which city|which city|what city|in what city|which place|what place|which country|in which region|which region|what region)\\b");
    private static final Pattern WHO_EN = Pattern.compile("\\b(who|whom|whose|which minister|which official|which leader|which company|what company|which organi[sz]ation|which choir)\\b");

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

    public static QuestionType of(String question, Lang lang) {
        String q = question.toLowerCase(Locale.ROOT);
        return switch (lang) {
            case EN -> first(q, WHEN_EN, HOW_MANY_EN, WHERE_EN, WHO_EN);
            case RU -> first(q, WHEN_RU, HOW_MANY_RU, WHERE_RU, WHO_RU);
            case JA -> first(q, WHEN_JA, HOW_MANY_JA, WHERE_JA, WHO_JA);
        };
    }

    private static QuestionType first(String q, Pattern when, Pattern howMany, Pattern where, Pattern who) {
        if (howMany.matcher(q).find()) {
            return HOW_MANY;
        }
        if (when.matcher(q).find()) {
            return WHEN;
        }
        if (where.matcher(q).find()) {
            return WHERE;
        }
        if (who.matcher(q).find()) {
            return WHO;
        }
        return OTHER;
    }
}

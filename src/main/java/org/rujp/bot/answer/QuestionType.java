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

    private static final Pattern WHEN_RU = Pattern.compile("(когда|в каком году|какого числа|в каком месяце|какой год|с какого|до какого|в какой день|дата)");
    private static final Pattern HOW_MANY_RU = Pattern.compile("(сколько|на сколько|насколько (?:вырос|увелич)|какое количество|какая сумма|каков объ[её]м|какой процент|число)");
    private static final Pattern WHERE_RU = Pattern.compile("(где|в каком городе|какой город|в какой стране|в каком регионе|куда|откуда)");
    private static final Pattern WHO_RU = Pattern.compile("(^|[^а-яё])(кто|кого|кем|чей|чья|какой министр|какая компания|какой хор)([^а-яё]|$)");

    private static final Pattern WHEN_JA = Pattern.compile("(いつ|何年|何月|何日|何曜日|どの年|時期)");
    private static final Pattern HOW_MANY_JA = Pattern.compile("(いくつ|何件|何人|何%|何パーセント|どれくらい|どのくらい|どれほど|いくら|何億|何万|件数|人数|総額|金額|割合)");
    private static final Pattern WHERE_JA = Pattern.compile("(どこ|どの都市|どの町|どの国|どの地域|どちら)");
    private static final Pattern WHO_JA = Pattern.compile("(誰|だれ|どなた|どの大臣|どの企業|どの会社)");

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

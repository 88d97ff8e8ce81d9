package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthsTest {
    private static Set<Integer> months(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split(" ")).map(Integer::valueOf).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Why did they meet in February 2018?            | 2",
            "On 10 June 2019 and in late November 2017      | 6 11",
            "They may meet on 1 May                         | 5",
            "Would they meet? It may happen.                | ",
            "Почему они встретились в феврале 2018 года?    | 2",
            "в мае, в марте и в декабре                     | 3 5 12",
            "Мария Захарова сказала это                     | ",
            "2月と12月に会談した                             | 2 12",
    })
    void namedInAnyLanguage(String text, String expected) {
        assertEquals(months(expected), Months.named(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "scheduled to meet in spring 2018    | 3 4 5",
            "встреча запланирована на весну      | 3 4 5",
            "летом 2019 года, через 5 лет        | 6 7 8",
            "2018年春に日本で会談                 | 3 4 5",
            "in late June                        | ",
    })
    void ofTheSeasonsNamed(String text, String expected) {
        assertEquals(months(expected), Months.ofSeasons(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Where did Lavrov and Kono meet in November 2017?|Where did Lavrov and Kono meet?",
            "Где встречались Лавров и Коно в ноябре 2017?|Где встречались Лавров и Коно?",
            "ラブロフ外相と河野外相は2017年11月にどこで会談した？|ラブロフ外相と河野外相は にどこで会談した？",
            "Were they to meet in spring 2018?|Were they to meet?",
            "Они встретились в конце ноября 2017 года, верно?|Они встретились, верно?",
            "Who proposed the plan?|Who proposed the plan?",
    })
    void withoutTimesLeavesTheRest(String text, String expected) {
        assertEquals(expected, Months.withoutTimes(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "What did Seko say on 12 June 2019?          | 612",
            "held in Tsukuba on 8-9 June 2019            | 608 609",
            "on June 10, 2019                            | 610",
            "Что сказал Сэко 12 июня 2019 года?          | 612",
            "с 8–9 июня                                  | 608 609",
            "2019年6月8-9日につくば市で                    | 608 609",
            "2019年6月10日の段階で                         | 610",
            "in June 2019, 10 projects                   | ",
            "10.06.2019                                  | ",
    })
    void daysAreReadWithTheirMonth(String text, String expected) {
        Set<Integer> days = expected == null ? Set.of()
                : Arrays.stream(expected.trim().split("\\s+")).map(Integer::valueOf).collect(Collectors.toSet());
        assertEquals(days, Months.days(text));
    }
}

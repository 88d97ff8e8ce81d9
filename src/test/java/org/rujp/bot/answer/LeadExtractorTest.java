package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.RealKnowledge;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;

class LeadExtractorTest {
    private static final LeadExtractor LEADS = new LeadExtractor(RealKnowledge.knowledge());

    private static Optional<String> number(String question, String text, Lang lang) {
        Fact fact = new Fact("f", "s", Map.of(lang, text), Optional.empty(), List.of(), List.of(), Fact.Kind.FACT);
        return LEADS.lead(QuestionType.HOW_MANY, question, fact, lang);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "Сколько человек посетили мероприятия?  | прошло более 600 мероприятий, которые собрали более 1,5 млн человек              | более 1,5 млн",
            "Сколько мероприятий прошло?            | прошло более 600 мероприятий, которые собрали более 1,5 млн человек              | более 600",
            "Сколько человек приняли участие?       | в 2020 году приняли участие почти 400 000 человек.                              | почти 400 000",
            "Сколько мероприятий включала программа?| программа включала более 700 мероприятий                                        | более 700",
            "Сколько вложили инвесторы?             | инвесторы вложили более 16 млрд долларов США в 21 проект                         | более 16 млрд долларов США",
            "Сколько проектов уже реализуется?      | более 60 из 130 проектов, разработанных в рамках плана, уже реализовывались      | более 60",
            "На сколько вырос товарооборот?         | Товарооборот в 2018 году вырос на 17%, сообщил 10 июня министр                  | 17%",
            "На сколько продлили Год обменов?       | решили продлить Год обменов ещё на 1 год.                                        | 1 год",
            "Сколько пациентов принял центр?        | центр уже принял почти 2 500 российских пациентов                                | почти 2 500",
    })
    void findsRussianQuantities(String question, String text, String expected) {
        assertEquals(Optional.of(expected), number(question, text, Lang.RU));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "何人が参加しましたか          | ロシア国内では600件を超える行事が開かれ、150万人を超える人々が参加した    | 150万人を超える",
            "行事は何件開かれましたか      | ロシア国内では600件を超える行事が開かれ、150万人を超える人々が参加した    | 600件を超える",
            "いくら投じましたか            | 日本の投資家が計21件のプロジェクトに160億米ドル超を投じた                 | 160億米ドル超",
            "何件が実施段階ですか          | 130件のプロジェクトのうち60件以上がすでに実施段階にあった                 | 60件以上",
            "何％増加しましたか            | 2019年6月、2018年の日露間の貿易額が17%増加したと述べた                   | 17%",
            "何人が参加しましたか          | 2020年に行われた日露交流行事には約400,000人が参加した                     | 約400,000人",
            "どのくらい延長されましたか    | 2021年11月、交流年をさらに1年延長することを決めた                          | 1年",
    })
    void findsJapaneseQuantitiesAndSkipsDates(String question, String text, String expected) {
        assertEquals(Optional.of(expected), number(question, text, Lang.JA));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "How many working groups were there? | As of January 2018, 2 working groups were coordinating projects | 2",
            "How many people took part?          | more than 600 events were held on 7 September, attended by more than 1.5 million people | more than 1.5 million",
    })
    void keepsSmallQuantitiesButNotDaysOfTheMonth(String question, String text, String expected) {
        assertEquals(Optional.of(expected), number(question, text, Lang.EN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // two roles: the one written first, in every run (the role table's order is no order)
            "Чьими устами было озвучено решение — японского премьера или нашего президента?|RU|prime minister",
            "Чьими устами было озвучено решение — нашего президента или японского премьера?|RU|president",
            "Which president or prime minister announced it?|EN|president",
            "首相と大統領のどちらが発表した？|JA|prime minister",
    })
    void theRoleAskedIsTheOneWrittenFirst(String question, Lang lang, String role) {
        assertEquals(Optional.of(role), LEADS.requiredRole(question, lang));
    }
}

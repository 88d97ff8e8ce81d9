package org.rujp.bot.retrieval;

import java.util.List;
import java.util.Set;
import org.rujp.bot.knowledge.Lang;

/**
 * A small self-made development list of Russian and Japanese questions with the facts that answer
 * them, for tests and the benchmark. Not the gold set: that one lives in knowledge/eval.
 */
final class DevQuestions {
    private DevQuestions() {
    }

    /** A question and every fact that answers it. */
    record Case(String question, Lang lang, Set<String> answers) {
        Case(String question, Lang lang, String... answers) {
            this(question, lang, Set.of(answers));
        }

        @Override
        public String toString() {
            return question;
        }
    }

    static final List<Case> ANSWERABLE = List.of(
            new Case("Когда Путин и Абэ договорились провести Год межрегиональных обменов?", Lang.RU,
                    "iy19-agreed-in-osaka", "iy19-putin-announced", "iy21-origin-osaka-2019"),
            new Case("Сколько мероприятий включала программа Перекрестных годов?", Lang.RU,
                    "iy19-cross-years-700-events", "iy21-cross-year-600-events"),
            new Case("На сколько вырос товарооборот между Россией и Японией в 2018 году?", Lang.RU, "coop19-trade-up-17"),
            new Case("Какой японский город является побратимом Питера?", Lang.RU,
                    "iy19-osaka-stpetersburg-twins", "iy19-osaka-pleased"),
            new Case("На сколько продлили Год межрегиональных обменов?", Lang.RU, "iy21-extended-one-year", "iy21-tass-report"),
            new Case("Сколько человек участвовало в обменах в 2020 году, несмотря на пандемию?", Lang.RU, "iy21-400000-in-2020"),
            new Case("Где встречались Путин и Абэ в сентябре 2017 года?", Lang.RU,
                    "fm18-vladivostok-meeting", "fm18-five-island-projects"),
            new Case("Где начнут производить японские лекарства от лейкоза?", Lang.RU, "econ-leukemia-drugs-yaroslavl"),
            new Case("Сколько пациентов принял японский реабилитационный центр во Владивостоке?", Lang.RU, "econ-vladivostok-rehab-2500"),
            new Case("Сколько японские инвесторы вложили в проекты на Дальнем Востоке?", Lang.RU, "econ-galushka-16-billion"),
            new Case("С какой японской компанией Россия сотрудничает в почтовой логистике?", Lang.RU, "coop19-toshiba-logistics"),
            new Case("Когда должны были встретиться Лавров и Коно?", Lang.RU,
                    "fm18-lavrov-kono-spring", "fm18-zakharova-announcement"),
            new Case("Сколько проектов плана из восьми пунктов уже реализуется?", Lang.RU, "coop19-60-of-130-projects"),
            new Case("Какие хоры выступали на церемонии закрытия Перекрёстных годов?", Lang.RU, "iy19-choirs"),
            new Case("プーチン大統領と安倍首相が地域交流年で合意したのはいつですか", Lang.JA,
                    "iy19-agreed-in-osaka", "iy19-putin-announced", "iy21-origin-osaka-2019"),
            new Case("日露交流年にはいくつの行事が含まれていましたか", Lang.JA,
                    "iy19-cross-years-700-events", "iy21-cross-year-600-events"),
            new Case("2018年に日露間の貿易はどれくらい伸びましたか", Lang.JA, "coop19-trade-up-17"),
            new Case("大阪の姉妹都市はどこですか", Lang.JA, "iy19-osaka-stpetersburg-twins", "iy19-osaka-pleased"),
            new Case("ウラジオストクのリハビリセンターは何人の患者を受け入れましたか", Lang.JA, "econ-vladivostok-rehab-2500"),
            new Case("8項目の協力プランにはどんな分野がありますか", Lang.JA, "coop19-plan-areas", "coop19-plan-tech-humanitarian"),
            new Case("日本の投資家は極東にいくら投資しましたか", Lang.JA, "econ-galushka-16-billion"),
            new Case("地域交流年はどのくらい延長されましたか", Lang.JA, "iy21-extended-one-year", "iy21-tass-report"),
            new Case("ラブロフ外相と河野外相はいつ会談する予定でしたか", Lang.JA,
                    "fm18-lavrov-kono-spring", "fm18-zakharova-announcement"),
            new Case("2020年の交流行事には何人が参加しましたか", Lang.JA, "iy21-400000-in-2020"),
            new Case("白血病の薬はどこで生産されますか", Lang.JA, "econ-leukemia-drugs-yaroslavl"),
            new Case("東芝はロシアの物流センターに何を供給していますか", Lang.JA, "coop19-toshiba-logistics"));

    /** English questions, paraphrased away from the facts' wording, to check hybrid does not hurt English. */
    static final List<Case> ENGLISH = List.of(
            new Case("When did Putin and Abe agree on a year of exchanges between regions?", Lang.EN,
                    "iy19-agreed-in-osaka", "iy19-putin-announced", "iy21-origin-osaka-2019"),
            new Case("How many events did the cross years programme have?", Lang.EN,
                    "iy19-cross-years-700-events", "iy21-cross-year-600-events"),
            new Case("By how much did Russia-Japan trade increase in 2018?", Lang.EN, "coop19-trade-up-17"),
            new Case("Which Japanese city is twinned with Leningrad?", Lang.EN,
                    "iy19-osaka-stpetersburg-twins", "iy19-osaka-pleased"),
            new Case("How many people joined the exchange events during the pandemic year?", Lang.EN, "iy21-400000-in-2020"),
            new Case("Where will Japanese leukemia medicine be made?", Lang.EN, "econ-leukemia-drugs-yaroslavl"),
            new Case("How much money have Japanese investors put into the Far East?", Lang.EN, "econ-galushka-16-billion"),
            new Case("Which company supplies equipment for Russian postal logistics centres?", Lang.EN, "coop19-toshiba-logistics"),
            new Case("What does the eight-point plan cover?", Lang.EN, "coop19-plan-areas", "coop19-plan-tech-humanitarian"),
            new Case("What will be manufactured by the joint venture near Moscow?", Lang.EN, "econ-railway-joint-venture"));

    static final List<Case> UNRELATED = List.of(
            new Case("Какая погода будет завтра?", Lang.RU),
            new Case("Кто выиграл чемпионат мира по футболу?", Lang.RU),
            new Case("明日の天気はどうですか", Lang.JA),
            new Case("サッカーのワールドカップで優勝したのはどこですか", Lang.JA),
            new Case("Who won the football World Cup in 2022?", Lang.EN),
            new Case("What will the weather be like tomorrow?", Lang.EN));
}

package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.rujp.bot.knowledge.Lang;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;
import org.rujp.bot.eval.EvalRunner;

/**
 * The decide stage matches what a question asks against the typed slots of the facts and the entity cards:
 * real knowledge, real embedding model, shipped configuration. Each case is a kind of question, in the
 * three languages where the kind differs by language.
 */
class NeedMatchingTest {
    @TempDir
    static Path data;
    static App app;

    @BeforeAll
    static void start() {
        app = TestBots.app(data);
    }

    static Answer ask(String question) {
        return app.answerer().answer(Question.of(question));
    }

    static Answer.Answered answered(String question) {
        return assertInstanceOf(Answer.Answered.class, ask(question), question);
    }

    /** Asserts that the question is answered, led by the value. */
    static void assertLeads(String question, String lead) {
        Answer.Answered a = answered(question);
        assertTrue(a.lead().contains(lead), question + " -> " + a.lead());
    }

    /** The answer to a question asked right after an answer, in the same conversation. */
    static Answer askAfter(Answer.Answered before, String question) {
        return app.answerer().answer(new Question(question, Optional.empty(), Optional.of(Question.Context.after(before))));
    }

    /** The question is answered, its lead holding the expected value. */
    static void assertLeadHas(String question, String expected) {
        String lead = answered(question).lead();
        assertTrue(lead.contains(expected), question + " -> " + lead);
    }

    /** The answer tells the value in its lead or its first statement. */
    static void assertToldHas(String question, String expected) {
        Answer.Answered answer = answered(question);
        String told = answer.lead() + " " + answer.statements().get(0).text();
        assertTrue(told.contains(expected), question + " -> " + told);
    }

    /** The question is answered, its lead holding the expected value and not the other. */
    static void assertLeads(String question, String expected, String notThis) {
        String lead = answered(question).lead();
        assertTrue(lead.contains(expected) && !lead.contains(notThis), question + " -> " + lead);
    }

    @Nested
    class TheLeadValue {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the person who did what the verb asks, never the publisher that reported it
                "Who announced the agreement on the Year of Interregional Exchanges?|Vladimir Putin|RIA|Russkiy",
                "Кто объявил о договорённости провести Год межрегиональных обменов?|Путин|РИА|Русский мир",
                // the proposer, not the minister who recalled the proposal
                "Who put forward the Japan-Russia cooperation plan?|Shinzo Abe|Oreshkin|TASS",
                // the one the speaker met, named as the time of his words, is no premise the fact must share
                "Who proposed the cooperation plan that Oreshkin praised before meeting Seko?|Shinzo Abe|Seko|Oreshkin",
                // the publisher only when the question asks who reported
                "Which news agency did Russkiy Mir cite about the extension of the exchange year?|TASS|Putin|Abe",
        })
        void ofAWhoQuestionIsTheActorInThePartAsked(String question, String expected, String notThis, String norThis) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(expected), question + " -> " + lead);
            assertFalse(lead.contains(notThis) || lead.contains(norThis), question + " -> " + lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a nationality picks the actor of that country, not the first actor of the fact
                "Who is Lavrov's Japanese counterpart?|Kono|Zakharova|Lavrov",
                // a title inside the event ("the foreign ministers' meeting") does not ask for a foreign minister
                "Кто объявил о весенней встрече министров иностранных дел?|Захаров|Лавров|Коно",
                "春の外相会談について発表したのは誰？|ザハロワ|ラブロフ|河野",
                "Who announced the spring meeting of the foreign ministers?|Zakharova|Lavrov|Kono",
        })
        void ofAWhoQuestionReadsItsNationalityAndTheVerbNearestTheQuestionWord(String question, String expected, String notThis,
                                                                               String norThis) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(expected), question + " -> " + lead);
            assertFalse(lead.contains(notThis) || lead.contains(norThis), question + " -> " + lead);
        }

        @Test
        void ofAWhoQuestionWithANationalityNamesNobodyOfTheOtherCountry() {
            String lead = answered("who's the japanese minister in charge of russia ties?").lead();
            assertFalse(lead.contains("Putin") || lead.contains("Oreshkin") || lead.contains("Noskov"), lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which foreign minister was to travel to Japan in spring 2018?|Lavrov",
                "ロシアの外相は誰？|ラブロフ",
        })
        void ofAWhoQuestionAskingForATitleIsSomeoneHoldingIt(String question, String expected) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(expected), question + " -> " + lead);
            assertFalse(lead.contains("Zakharova") || lead.contains("ザハロワ"), question + " -> " + lead);
        }

        @Test
        void ofAWhoQuestionMayBeACompanyUnlessItAsksForAHuman() {
            assertTrue(answered("who supplies the equipment for the logistics centres?").lead().contains("Toshiba"));
            for (String human : new String[] {"the guy who supplies the equipment for the logistics centres - whats his name?",
                    "как фамилия того, кто поставляет оборудование для логистических центров?"}) {
                Answer answer = ask(human);
                assertFalse(answer instanceof Answer.Answered a && a.lead().matches("(?s).*(Toshiba|Тосиба).*"), human + " -> " + answer);
            }
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "What is the name of the Japanese children's choir at the closing ceremony?",
                "What was the Japanese rehabilitation centre in Vladivostok called?",
                "А японский детский хор как называется?",
                "Как называется японский детский хор, выступавший на закрытии?",
                "閉会式で歌った日本の児童合唱団の名前は？",
                "ウラジオストクの日本式リハビリセンターの名称は？",
        })
        void ofANameTheArticlesLeaveOutIsNoneButWhatIsKnownOfIt(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("name of"), r.reason());
            assertTrue(r.message().matches("(?s).*(closing|закрыти|閉会|2,500|2 500).*"), r.message()); // what the card says of it
        }

        @Test
        void ofAQuestionNamingSomethingUnnamedMayStillBeAnother() {
            assertTrue(answered("Which choir was to perform with the Japanese children's choir?").lead().contains("Moscow Chamber Choir"));
            assertLeadHas("Сколько пациентов принял японский реабилитационный центр во Владивостоке?", "2 500");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which ministry does Zakharova speak for?|Russian Foreign Ministry",
                "Какое ведомство представляет Захарова?|МИД России",
                "What ministry did Noskov work for?|Russian Ministry of Digital Development",
        })
        void ofAPostAskedByTheBodyItIsOfIsThatBody(String question, String body) {
            assertTrue(answered(question).lead().startsWith(body), question + " -> " + answered(question).lead());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Kono Taro - post in Jan 2018?|Taro Kono: Foreign Minister of Japan (as of 12 January 2018)",
                "Носков — должность?|Константин Носков — министр цифрового развития, связи и массовых коммуникаций России (на 10 июня 2019",
                "ノスコフの職名は？|ロシアのデジタル発展・通信・マスコミ相（2019年6月10日時点）",
                "What post did Putin hold in 2018?|Vladimir Putin: President of Russia (as of 12 January 2018)",
                "What was Dmitriev's job?|Kirill Dmitriev: CEO of the Russian Direct Investment Fund (RDIF)",
        })
        void ofAPostAskedOfSomeoneIsTheirNameAndPostAsOfItsArticle(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the report's date is not the event's, and the report's words do not find the fact asked
                "In the Russkiy Mir item of 1 July 2019, how many events did the Cross Years comprise?|700",
                "Сколько мероприятий насчитывала программа Перекрёстных лет, по заметке «Русского мира» от 1 июля 2019 года?|700",
                "2019年7月1日付の記事で、日露交流年のイベントはいくつ？|700",
                "The January TASS report: where were the foreign ministers to meet in spring?|Japan",
        })
        void ofAQuestionCitingAReportIsWhatTheReportSays(String question, String value) {
            assertLeadHas(question, value);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a report's dateline: the place and the day its article was filed from and on
                "Dateline check: which city was the TASS report of 12 January quoting Zakharova filed from?|Moscow",
                "ТАСС, заметка о весенней встрече Лаврова и Коно: датлайн — из какого города передано и какого числа?|Москва, 12 января 2018",
                "オレシキン氏の協力プランに関するタス記事の発信地は？|東京",
                // the day of the report the question names by its place and publisher
                "東京発のタス記事は何日付？|2019年6月10日",
                // a place asked of what the report tells is not its dateline
                "In the TASS report, where will the ministers meet?|Japan",
        })
        void ofADatelineIsWhereAndWhenTheReportWasFiled(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a noun asked by a request ending in を
                "『ロシアと日本、地域交流年を実施へ』（ルースキー・ミール財団、2019年7月1日付）— 本文が典拠としている通信社名を。|リア・ノーボスチ",
                // 年月: the month with its year
                "プーチン・安倍の大阪での合意（地域・姉妹都市交流年）、年月は？|2019年6月",
                // 所在地 is where it is, not an address
                "世耕経産相が成果例として紹介した医療施設の所在地は？|ウラジオストク",
        })
        void ofAJapaneseNounAskedIsItsValue(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the years between two events, each found by its own words, both cited
                "How many years passed between Abe proposing the plan and Oreshkin saying it was producing results?|3 years (2016 → 2019)",
                "Интервал в годах: от выдвижения Абэ плана сотрудничества до заявления Орешкина о том, что план уже даёт результаты?|3 года (2016 → 2019)",
                "安倍首相の協力プラン提案からオレシキン氏の発言まで何年？|3年（2016年→2019年）",
                "How long was it between the Moscow talks and the extension of the interregional year?|4 years (2017 → 2021)",
                "How many years separate the Osaka agreement from the extension of the interregional year?|2 years (2019 → 2021)",
                // a joining word inside the first event: the reading whose events are found best
                "Сколько лет между встречей Лаврова и Коно в Москве и решением продлить Год обменов?|4 года (2017 → 2021)",
                // told latest first: the years in the order of time
                "How many years passed between the extension of the year and the Osaka agreement?|2 years (2019 → 2021)",
        })
        void ofTheYearsBetweenTwoEventsIsTheirDifference(String question, String lead) {
            Answer.Answered a = answered(question);
            assertTrue(a.lead().startsWith(lead), question + " -> " + a.lead());
            assertEquals(2, a.statements().size(), a.statements().toString());
        }

        @Test
        void ofTheYearsBetweenAnEventTheArticlesDoNotHoldIsNone() {
            assertInstanceOf(Answer.Refused.class, ask("How many years passed between the Osaka G20 and the first Mars landing?"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // attendance counts the people who came
                "What was the attendance of the Cross Year events in Russia?|1.5 million",
                // the body a meeting was of, in full: the subcommittee, not the commission it is of
                "Продление Года межрегиональных обменов обсуждали 22 ноября 2021 г. — на заседании какого органа? Нужно полное наименование.|подкомиссия российско-японской межправительственной комиссии",
        })
        void ofACountOrABodyIsWhatTheFactsCountOrName(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @Test
        void ofAFollowUpAfterAPostLeadIsOfThePersonNamedNotOfAWordInThePost() {
            // "министр экономического развития": "коно" inside a word names no Kono
            Answer.Answered figure = answered("На сколько процентов вырос товарооборот в 2018 году?");
            Answer.Answered post = assertInstanceOf(Answer.Answered.class,
                    askAfter(figure, "Кто конкретно привёл эту цифру и какой пост он тогда занимал?"));
            assertTrue(post.lead().startsWith("Максим Орешкин — министр экономического развития"), post.lead());
            Answer.Answered next = assertInstanceOf(Answer.Answered.class,
                    askAfter(post, "А с кем из японских министров у него была назначена встреча в тот же день?"));
            assertTrue(next.lead().contains("Сэко"), next.lead());
        }

        @Test
        void ofAMonthNoFactOrReportIsOfIsNone() {
            // without a report, July is the time of the events asked, which the Cross Years' 700 are not of
            String question = "How many events did the Cross Years comprise in July 2019?";
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // an order or a noun phrase before what a date question asks
                "Pin down the date on which Oreshkin said in Tokyo that Abe's plan was producing concrete results.|10 June 2019",
                "What is the exact date when the year was extended?|22 November 2021",
                "Give me the exact date when the year was extended.|22 November 2021",
        })
        void ofADateAskedWithoutAQuestionWordIsTheDate(String question, String date) {
            assertLeadHas(question, date);
        }

        @Test
        void ofAMeetingScheduledIsItsTimeNotAnAppointmentToAPost() {
            assertLeadHas("Когда назначили встречу Лаврова и Коно?", "2018");
        }

        @Test
        void ofAWhichCompanyQuestionIsNoNameFromAFactOfSomethingElse() {
            // the railway joint venture's fact names no partner; Toshiba's is of postal logistics
            String question = "Which Japanese company is the partner in the railway control systems joint venture near Moscow?";
            assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(answered("Which Japanese company supplies equipment for the Russian logistics centres?").lead().contains("Toshiba"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Where did Putin and Abe agree to hold the Year of Interregional Exchanges?|Osaka",
                "Где Путин и Абэ договорились провести Год межрегиональных обменов?|Осака",
                "プーチン大統領と安倍首相が地域交流年の実施で合意したのはどこ？|大阪",
        })
        void ofAWhereQuestionIsThePlaceOfTheEventNotTheCountry(String question, String city) {
            assertEquals(city, answered(question).lead().replaceAll("[.。]$", ""));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "In what year did Shinzo Abe propose the cooperation plan?|2016",
                "В каком году Абэ предложил план сотрудничества?|2016",
                "安倍首相が協力プランを提案したのは何年？|2016",
                // the proposal's date, not that of later news about the plan nor of words dating it from 2019
                "When was the eight-point plan put forward?|2016",
                "In what year did Abe propose his plan?|2016",
        })
        void ofAYearQuestionIsTheEventsYearNotTheReports(String question, String year) {
            String lead = answered(question).lead();
            assertTrue(lead.startsWith(year), question + " -> " + lead);
        }

        @Test
        void ofAWeekdayQuestionIsTheDayWithItsWeekday() {
            assertTrue(answered("On what day of the week was the extension of the exchange year discussed?").lead().startsWith("Monday"));
        }

        @Test
        void ofACountIsTheQuantityCountingMostOfWhatTheQuestionSays() {
            assertEquals("130 projects", answered("How many projects were drawn up under the eight-point plan?").lead());
            assertTrue(answered("How many people has the Japanese rehabilitation centre in Vladivostok taken in?").lead().contains("2,500"));
            assertTrue(answered("Of the plan's 130 projects, how many were being carried out?").lead().contains("60"));
            // people, not the events they went to (a fact of 700 events ranks first)
            assertTrue(answered("Сколько человек побывало на мероприятиях Перекрёстного года в России?").lead().contains("1,5 млн"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the title next to the name asked is the one asked, not the one in "外相会談" before the verb
                "外相会談を発表した報道官の名前は？|ザハロワ",
                "2018年春、日本で外相会談をやると記者に明かしたロシア外務省の女性報道官の名前を答えよ|ザハロワ",
                // an English quiz label before a Japanese prompt
                "Name the person: 東京でオレシキン経済発展相が会談することになっていた日本側の大臣は誰|世耕",
        })
        void ofAJapaneseNameAskedIsThePersonOfTheTitleBeforeIt(String question, String name) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(name), question + " -> " + lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "How many projects are there in total under the plan?|130",
                "What is the total number of projects in the plan?|130",
                "Сколько всего проектов в плане сотрудничества?|130",
                "協力プランのプロジェクトは全部で何件？|130",
                // without a word of the whole, the part the fact speaks of first
                "How many projects of the plan were under way?|60",
        })
        void ofACountInTotalIsTheWholeNotAPartOfIt(String question, String figure) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(figure), question + " -> " + lead);
        }

        @Test
        void ofAnAmountIsMoneyOrAShareNeverACount() {
            assertEquals("over 16 billion US dollars", answered("How much had Japanese investors put into the Russian Far East, according to Galushka?").lead());
        }
    }

    @Nested
    class APremiseTheArticlesDoNotShare {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a fall where the fact reports a rise, a share it does not state, a person it does not speak of
                "Why did trade between Russia and Japan fall in 2018?|17%",
                "Why did Russian-Japanese trade grow by 45% in 2018?|17%",
                "Why did Noskov propose the Year of Interregional Exchanges?|Russkiy Mir",
                "Why did Lavrov and Kono sign a peace treaty in Moscow?|working groups",
                // a capital where the fact places the event in another city
                "Почему Путин и Абэ встретились в Токио в 2017 году?|Владивосток",
                // a cancellation where the fact reports an extension
                "Why was the Year of Interregional Exchanges cancelled?|extension",
                "Почему отменили Год межрегиональных обменов?|продлить",
                // a proposer other than the one the articles name, wherever the fact naming the real one ranks
                "Why did Putin propose the eight-point cooperation plan?|Abe",
                "プーチン大統領が8項目の協力プランを提案したのはいつ？|安倍",
                // a count of one to nine the fact gives the same thing otherwise, in words or digits
                "What are the three working groups on the Kurils?|2 working groups",
                "Почему Год обменов продлили на два года?|1 год",
                "安倍首相の5項目の協力プランとは？|8項目",
                // a failure where the fact tells of results
                "How did the Tsukuba meeting fail?|significant results",
                // an opening where the facts tell of the closing
                "Who opened the cross years and where was the opening ceremony?|closing",
                "Кто открывал Перекрёстные годы и в каком городе прошла церемония открытия?|закрыти",
                "日露交流年の開幕式はどこで行われましたか？|閉",
        })
        void isNotConfirmedAndTheFactIsSaidInstead(String question, String said) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.message().startsWith("I can't confirm that") || r.message().startsWith("Подтвердить это не могу")
                    || r.message().startsWith("そうとは確認できません"), r.message());
            // what the articles say instead, with the citation of its article (publisher, title, date)
            assertTrue(r.message().contains(said) && r.message().matches("(?s).*“.+”, 20\\d\\d-\\d\\d-\\d\\d[)）].*"), r.message());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // something stopped, refused or put off, where the facts speak of it going on
                "Why did Toshiba stop supplying equipment for Russian logistics centres?",
                "東芝がロシアの物流センターへの設備供給をやめたのはなぜ？",
                "Почему Япония и Россия отказались от совместного предприятия в Подмосковье?",
                "Why did Japan shorten the Year of Interregional Exchanges by one year?",
                // a number in words of scale the fact does not state (400 000 took part in 2020)
                "Почему в 2020 году в мероприятиях участвовали 4 миллиона человек?",
        })
        void aReversalOrANumberTheFactDoesNotStateIsRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the same reversal doubted before a question asking a value: the value settles the doubt
                "Пандемия же всё остановила, разве нет? Сколько людей всё-таки пришло на мероприятия по обменам в 2020 году?|400",
                "The pandemic stopped everything, didnt it? How many people came to the exchange events in 2020?|400,000",
                // denied, it is no premise either
                "Я хочу показать, что обмены с Японией не прекратились даже в ковид. Сколько человек приняли участие в обменах в 2020 году?|400",
                "Exchanges did not stop even in the pandemic. How many people took part in them in 2020?|400,000",
                "コロナ禍でも交流は止まらなかったと聞きました。2020年の交流行事の参加者は何人ですか？|400",
        })
        void aReversalDoubtedBeforeAValueAskedIsNoPremise(String question, String value) {
            assertTrue(answered(question).lead().contains(value), question);
            // stated, not doubted, it is still checked
            assertInstanceOf(Answer.Refused.class, ask("The pandemic stopped the events. How many people came in 2020?"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // any word for people is the topic of a fact counting people ("400 000 человек")
                "посетители 2020|400",
                "сколько посетителей было в 2020|400",
        })
        void aWordForPeopleSharesTheTopicOfAFactOfPeople(String question, String value) {
            assertTrue(answered(question).statements().get(0).text().contains(value), question);
        }

        @Test
        void whatGoesOnIsAnswered() {
            assertTrue(answered("What does Toshiba supply to Russian logistics centres?").statements().get(0).text().contains("equipment"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the same number in another notation is the fact's number
                "In what year did around 400 thousand people take part in the exchange events?|2020",
                "約40万人が交流行事に参加したのは何年？|2020",
                "В каком году в обменных мероприятиях участвовали почти 400 тысяч человек?|2020",
        })
        void stateItsNumberInAnyNotation(String question, String year) {
            assertTrue(answered(question).lead().contains(year), question);
        }

        @Test
        void aCityTheFactDoesNotNameIsRefusedButACapitalMayStandForItsCountry() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("What did Putin and Abe agree on at the G20 summit in Tokyo?"));
            assertTrue(r.message().contains("Osaka"), r.message());
            assertEquals("17%", answered("By how much did trade between Moscow and Tokyo grow in 2018?").lead());
            // the capitals stand for their countries next to islands too: islands are where projects are, not a city of the fact's
            assertTrue(answered("What do Moscow and Tokyo hope the joint economic activity on the Southern Kurils will eventually lead to?")
                    .statements().get(0).text().contains("peace treaty"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the investors of the sixteen billion were Japanese
                "How much did Russian investors put into 21 projects in the Russian Far East?|investor",
                "Сколько вложили российские инвесторы в 21 проект на Дальнем Востоке?|инвестор",
        })
        void aThingOfAnotherCountryThanTheFactsIsRefused(String question, String thing) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains(thing) && r.reason().contains("japan"), r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // Tokyo, the Japanese side, organised the projects
                "How many projects did the Russian side hold for the Year of Interregional Exchanges?|Japanese side",
                "А у российской стороны сколько проектов в рамках Года межрегиональных обменов?|японская сторона",
                "ロシア側は地域交流年の枠内でいくつのプロジェクトを実施した？|日本側",
        })
        void aSideOfAnotherCountryThanTheOneThatDidItIsRefused(String question, String side) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
            String own = question.replace("Russian side", "Japanese side").replace("российской стороны", "японской стороны").replace("ロシア側", "日本側");
            assertTrue(answered(own).statements().stream().anyMatch(st -> st.text().contains(side)), own);
        }

        @Test
        void butThingsOfBothCountriesAreThoseOfEither() {
            assertEquals("Tokyo", answered("In which city did the Japanese and Russian economic cooperation committees meet?").lead());
            assertEquals("Токио", answered("В каком городе встречались японский и российский комитеты по экономическому сотрудничеству?").lead());
            assertTrue(answered("How much did Japanese investors put into 21 projects in the Russian Far East?").lead().contains("16"));
        }

        @Test
        void aFactSayingNotWhereIsPlacedWhereItsArticlePlacesTheSameSpeaker() {
            // the trade figure Oreshkin gave is placed nowhere; the article places his remarks in Tokyo
            assertTrue(answered("What did Oreshkin say in Tokyo about how much trade grew in 2018?").statements().get(0).text().contains("17%"));
            // but not where the article places somebody else: Seko's remarks before the Osaka summit are no Noskov in Osaka
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Which Japanese minister did Noskov meet in Osaka?"));
            assertTrue(r.reason().contains("Osaka"), r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the extension was by one year, in a fact below the best one (which dates the talks on it)
                "Why was the Year of Interregional Exchanges extended by three years?",
                "Почему Год межрегиональных обменов продлили на два года?",
                "地域交流年が3年延長されたのはなぜ？",
        })
        void aCountOfTheProgrammeNamedIsCheckedAgainstEveryFactAboutIt(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("iy21-extended-one-year"), r.reason());
        }

        @Test
        void aYearOtherThanTheEventsIsRefusedThoughTheArticleIsOfThatYear() {
            // the Vladivostok meeting of September 2017 is told in an article of January 2018
            assertInstanceOf(Answer.Refused.class, ask("Why did Putin and Abe meet in Vladivostok in 2018?"));
            assertInstanceOf(Answer.Refused.class, ask("安倍首相とプーチン大統領が2018年にウラジオストクで会ったのはなぜ？"));
            assertTrue(answered("When did Putin and Abe meet in Vladivostok?").lead().contains("2017"));
        }

        @Test
        void aMonthTheFactNeitherDatesNorHoldsInItsSeasonIsRefused() {
            // the ministers' meeting was planned for spring 2018 in Japan
            assertInstanceOf(Answer.Refused.class, ask("Почему Лавров и Коно встретились в Токио в феврале 2018 года?"));
            assertTrue(answered("What did Zakharova say in January 2018 about the foreign ministers' meeting?").statements().stream()
                    .anyMatch(st -> st.text().contains("spring 2018")));
        }

        @Test
        void aPersonAskedByPositionMustBeInAFactWithEveryoneElseTheQuestionNames() {
            // the Japanese minister who met Noskov is Seko, in Tokyo: no fact has Noskov in Osaka
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Какой японский министр встречался с Носковым в Осаке?"));
            assertTrue(r.reason().contains("Noskov"), r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a country other than the two sides is checked as any other name: the centre is Japanese
                "How many patients has the rehab centre South Korea opened in Vladivostok treated?|true",
                "韓国がウラジオストクに開いたリハビリセンターでは、これまでに何人くらいのロシア人患者が治療を受けたのですか？|true",
                // the fact on the Transneft Telecom project speaks of South Korean partners
                "Какие партнёры из Южной Кореи были готовы инвестировать в проект «Транснефть Телеком»?|false",
                // one of the two sides need not be spoken of: "Russian patients" of a centre in Vladivostok
                "How many Russian patients has the Japanese rehab centre in Vladivostok treated?|false",
        })
        void aCountryOtherThanTheTwoSidesMustBeOneTheFactSpeaksOf(String question, boolean refused) {
            Answer answer = ask(question);
            assertEquals(refused, answer instanceof Answer.Refused r && r.reason().contains("South Korea"), question);
            if (!refused) {
                assertInstanceOf(Answer.Answered.class, answer, question);
            }
        }

        @Test
        void thatTheFactSharesIsAnswered() {
            // no false premise: the fact shares it, and only the reason is unknown
            Answer.Refused why = assertInstanceOf(Answer.Refused.class, ask("Why did trade between Russia and Japan grow in 2018?"));
            assertTrue(why.reason().startsWith("the question asks why") && why.message().contains("17%"), why.reason());
            assertTrue(answered("What did Seko say about leukaemia drugs?").statements().get(0).text().contains("Yaroslavl"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "What did Lavrov and Kono agree at their spring 2018 meeting in Japan?",
                "Что подписали Лавров и Коно на весенней встрече 2018 года в Японии?",
                // whether it took place, and its actual date, set against the plan
                "Состоялась ли весной 2018 г. встреча Лаврова и Коно в Японии, и если да — какого числа?",
                "2018年春に予定されていたラブロフ・河野会談について、実際の開催日と成果を。",
        })
        void anOutcomeOfAMeetingOnlyPlannedIsRefused(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().startsWith(Answerability.ONLY_PLANNED), r.reason());
        }
    }

    @Nested
    class WhoToldOfIt {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the report of the extension, not the earlier report of the programme by the same foundation
                "Which news agency was the Russkiy Mir Foundation quoting when it reported that the interregional year would be prolonged?|TASS",
                "延長のニュースはルースキー・ミール財団のサイトで読んだのですが、財団が引用していた元の通信社はどこですか。|タス",
                "Какое агентство цитировал «Русский мир», сообщая о продлении Года обменов?|ТАСС",
                // words told in the month of the report, whatever year they speak of
                "Who told reporters in January 2018 that the Year of Russia in Japan and the Year of Japan in Russia would be held for the first time?|Zakharova",
                "Кто в январе 2018 года заявил, что перекрёстные годы пройдут впервые?|Захарова",
        })
        void isTheOneOfWhatTheQuestionSpeaksOf(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @Test
        void butAnEventOfAnotherMonthIsNotOfTheMonthItWasToldIn() {
            assertInstanceOf(Answer.Refused.class, ask("Were the cross years held in January 2018?"));
        }
    }

    @Nested
    class AKindOfPlaceOrBodyAsked {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Говорили, что в одной из областей центральной России скоро начнут выпускать японские лекарства от лейкоза. Что это за регион?|Ярославская",
                "Что это за компания, которая поставляет оборудование для логистических центров?|Toshiba",
                "Which Moscow ensemble was booked to perform at the ceremony closing the cross years?|Moscow Chamber Choir",
                "Какой московский коллектив выступал на закрытии Перекрёстных годов?|Московский камерный хор",
        })
        void leadsWithItsName(String question, String lead) {
            assertLeadHas(question, lead);
        }
    }

    @Nested
    class TheYearsAProgrammeRan {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "From which year to which year did the cross years run?|2018\u20132019",
                "С какого по какой год шли Перекрёстные годы России и Японии?|2018\u20132019",
                "日露交流年は何年から何年まで行われましたか？|2018年～2019年",
        })
        void areTheFirstAndTheLast(String question, String lead) {
            Answer.Answered a = answered(question);
            assertTrue(a.lead().contains(lead), a.lead());
            assertTrue(a.statements().get(0).text().contains("2018"), a.statements().get(0).text());
        }

        @Test
        void butOneYearAskedIsOneYear() {
            assertEquals("2018", answered("In which year were the first Russia-Japan cross years held?").lead());
        }
    }

    @Nested
    class AFigureTheQuestionGives {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the whole a part is asked of, wrong: the part is not known either, so nothing is corrected
                "The cross years programme had about a thousand events. How many of those were in Japan?|1000",
                "Раз в программе Перекрёстных годов было больше тысячи мероприятий, сколько из них пришлось на Японию?|1000",
                "日露交流年ではロシア国内で2000件もの行事が開かれたそうですが、そのうちモスクワ以外の都市で行われたのは何件ですか。|2000",
                "Of the 1000 events of the cross years, how many were in Japan?|",
        })
        void asTheWholeOfAPartAskedIsRefusedWhenWrong(String question, String figure) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(figure == null || r.reason().contains(figure), r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a bound is kept by a count of the same things only: not by the 1.5 million people, the 6 of June
                "Did the programme of the Russia-Japan Cross Years have fewer than 500 events?|fewer than 500",
                "True or false: according to Putin, the programme of the Russia-Japan Cross Years had fewer than 500 events.|700",
                // a count in the years' range before what it counts is no year
                "During the cross year, 2000 events were held in Russia, right?|600",
                "日露交流年の期間中、ロシア国内では2000件の行事が開かれたのですか？|600",
                "В ходе Перекрёстного года в России прошло 2000 мероприятий, верно?|600",
        })
        void wrongIsCorrectedByTheCountOfTheSameThings(String question, String lead) {
            Answer.Answered a = answered(question);
            assertTrue(a.lead().contains(lead), a.lead());
            assertFalse(a.lead().contains("2019"), a.lead());
        }

        @Test
        void aShareKeptIsConfirmedWhateverWordFollowsIt() {
            // a share is of what the sentence says grew: "growth" after it names no things counted
            Answer.Answered a = answered("Did trade show more than 15% growth in 2018?");
            assertFalse(a.lead().contains("not"), a.lead());
            assertTrue(EvalRunner.spokenText(a).contains("17%"), EvalRunner.spokenText(a));
        }

        @Test
        void aPartOfWhatWasCountedBeforeCountsTheSameThings() {
            // the whole asked before, then a part of it: the events held in Russia, not the whole programme again
            Answer.Answered whole = answered("How many events did the whole cross years programme run to?");
            assertTrue(whole.lead().contains("700"), whole.lead());
            Answer.Answered part = assertInstanceOf(Answer.Answered.class, askAfter(whole, "And how many of those were held in Russia itself?"));
            assertTrue(part.lead().contains("600"), part.lead());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Some say there were more than 700 events in the cross years, others more than 600. Which is right?",
                // where the figures come from: the facts with their sources, no place
                "Одни пишут, что мероприятий перекрёстных лет было больше 700, другие — что больше 600. Откуда такие цифры?",
        })
        void twoFiguresOfTwoFactsAreNoWrongPremise(String question) {
            Answer.Answered a = answered(question);
            String said = EvalRunner.spokenText(a);
            assertTrue(said.contains("700") && said.contains("600"), said);
            assertFalse(a.lead().contains("Росси") || a.lead().contains("Russia"), a.lead());
        }
    }

    @Nested
    class ANameTheKnowledgeNeverWrites {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // Japanese names have no capitals: Kuromoji's dictionary tags them ("京都" is not in "東京都")
                "世耕大臣は京都で開かれたG20会合についてロシアに何と言った？|京都",
                // a Russian name is compared by its stem, not its first letters ("Новосибирской" is not "Новости")
                "Почему производство лекарств от лейкемии начнётся в Новосибирской области?|Новосибирской",
                // a foreign name in katakana that the dictionary does not know either
                "世耕大臣はノヴォクズネツクの工場について何と言った？|ノヴォクズネツク",
                // a search in lower case: a word no common word of English is a name
                "sapporo sister city|sapporo",
                "sochi meeting date|sochi",
                // a lower-case sentence: a word no common word of English where a place or a party stands
                "was sakhalin part of the exchange year?|sakhalin",
                "any events in nemuro during the cross year?|nemuro",
                // a name only a role line gives in passing (the Kurils lie between Hokkaido and Kamchatka), also first
                "Which projects of the interregional year were held in Hokkaido?|Hokkaido",
                "Я гид в Саппоро. Хоккайдо как-то участвовал в Годе межрегиональных обменов?|Хоккайдо",
                // a Japanese topic before a comma is part of what is asked
                "ユジノサハリンスクの学校で教えています。交流年でサハリン州が参加した行事って、何か出てきますか？|サハリン",
                // a known country joined to one the knowledge never names, by a hyphen or by their abbreviations
                "Where will the Japan-Germany foreign ministers meeting be held next month?|Japan-Germany",
                "来月予定されている日中外相会談の開催地を教えてください。|日中",
                // the knowledge writes "日韓" of RDIF's partners, not of talks between the two
                "日韓外相会談はいつ？|日韓",
        })
        void isRefusedNamingIt(String question, String name) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains(name), r.reason());
        }

        @Test
        void butTheTwoCountriesOfTheArticlesOrANameWrittenWholeAreKnown() {
            assertTrue(answered("日露外相会談はどこで開かれる予定だった？").lead().contains("日本"));
            assertTrue(answered("In which year, by the account of ITAR-TASS, did Russo-Japanese relations enter what was called a new stage?")
                    .lead().contains("2016"));
        }

        @Test
        void butASlangWordOfASentenceOrAMistypedNameInASearchIsNot() {
            assertTrue(answered("where's the japanese rehabilitation centre that seko was bragging about?").lead().contains("Vladivostok"));
            assertTrue(answered("oreshkn seko meeting date").lead().contains("10 June 2019"));
            assertTrue(answered("was putin chuffed about the osaka events?").statements().get(0).text().contains("Osaka"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "We are planning a Japanese week at our museum in Kazan, and in the opening speech our director wants to mention "
                        + "the summit where the idea of a year of regional and twin-city exchanges was born. In which city did the two "
                        + "leaders agree on it?|Osaka",
                "Мы готовим японскую неделю в нашем музее в Казани, и директор хочет упомянуть саммит, где родилась идея года "
                        + "межрегиональных обменов. В каком городе лидеры о нём договорились?|Осака",
        })
        void butANameOfTheWritersOwnPlaceBeforeTheQuestionIsNot(String question, String lead) {
            // where the writer and those they speak for are is their story, even in the sentence the question refers back to
            assertTrue(answered(question).lead().contains(lead), question);
        }

        @Test
        void butAnAbbreviationOrALatinNameTheKnowledgeWritesIsNot() {
            // 韓 of 日韓 is South Korea's abbreviation; RDIF is written in Latin letters in the Japanese facts too
            // the two facts of the project come together (the partners' readiness, what it builds), in either order
            assertTrue(answered("RDIFの日韓パートナーが出資に前向きなトランスネフチ・テレコムの事業って、何を作るもの？")
                    .statements().stream().limit(2).anyMatch(st -> st.text().contains("海底")));
            assertTrue(answered("Что сказал Сэко о производстве лекарств от лейкемии в Ярославской области?")
                    .statements().get(0).text().contains("лейкоза"));
        }
    }

    @Nested
    class APersonsOrigin {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which city does Putin hail from?|Saint Petersburg",
                "Из какого города родом Путин?|Санкт-Петербург",
                "プーチン大統領はどこの出身？|サンクトペテルブルク",
        })
        void isThePlaceTheFactCallsTheirNativeOneNotTheEventsPlace(String question, String city) {
            assertEquals(city, answered(question).lead());
        }
    }

    @Nested
    class AQuestionAsPeopleWriteIt {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a request around the question asks nothing itself: its "tell" names no speaker, its "the date" asks one
                "Could you tell me the date on which Putin and Abe met in Vladivostok?|7 September 2017|2018",
                "If I remember correctly, trade went up by 17% in 2018. Could you confirm the percentage?|17%|2019",
                "Подскажите, пожалуйста, кто из наших министров рассказывал, сколько денег японский бизнес вложил в проекты на Дальнем Востоке?|Галушка|Сэко",
                "ロシアの物流センターに機材を納めている日本の会社はどこだったか、教えていただけますか。|東芝|タス",
                // a statement after the question asks nothing: its "cite" makes no publisher the answer
                "Who announced the agreement on the interregional exchanges year? I'd like to cite him correctly.|Vladimir Putin|RIA",
                // a search by its noun, with no question word
                "Date of the Oreshkin-Seko meeting in Tokyo|10 June 2019|2016",
                "Lavrov-Kono talks in November 2017: venue?|Moscow|Japan",
                "Initiator of the eight-point plan|Shinzo Abe|Oreshkin",
                "Trade growth in 2018, percent|17%|2019",
                "Дата встречи Орешкина и Сэко|10 июня 2019|2016",
                "Город-побратим Осаки|Санкт-Петербург|Осака",
                // "when exactly" asks for the day, not the month the best fact gives
                "Когда именно было решено продлить год обменов между регионами?|22 ноября 2021|Владивосток",
                "When exactly was the extension of the exchanges year decided?|22 November 2021|Vladivostok",
                // a date written with dots is a date, no number the fact must state; "констатировал" is said
                "10.06.2019, Токио. Кто из членов российского правительства констатировал, что план Абэ уже приносит конкретную отдачу?|Орешкин|Сэко",
                // ... and a day and a month alone
                "Переговоры с Сэко 10.06: кто из российских министров на них сказал, что Россия и Япония сотрудничают в почтовой сфере?|Носков|Орешкин",
                // an acronym casts no vote for English: a Japanese search for a name
                "RDIF ceo 氏名|ドミトリエフ|Dmitriev",
                // a cabinet member is a person asked for, and "member states" no question of membership
                "Which Russian cabinet member stated in Tokyo that the Abe plan is already delivering results?|Oreshkin|Seko",
                // a body speaks through the one holding its position: its spokeswoman said it
                "日露の外務次官級協議は次は何月に行われる予定だとロシア外務省は言っていましたか？|2018年2月|1月",
                // a country in a case the stemmer cuts shorter is the country the facts name
                "А кто сообщил, что партнёры РФПИ из Японии и Южной Кореи готовы инвестировать?|Дмитриев|Сэко",
                "8項目の協力プランの提案者|安倍|オレシキン",
                "2018年の日露貿易の伸び率|17%|2019",
        })
        void leadsWithTheValueAsked(String question, String expected, String notThis) {
            assertLeads(question, expected, notThis);
        }

        @Test
        void aSalaryIsNoWordOfAFundsName() {
            // the RDIF is a "sovereign wealth fund": its card states no one's wealth
            Answer.Refused r = assertInstanceOf(Answer.Refused.class,
                    ask("Could you tell me what salary Kirill Dmitriev receives as head of the RDIF?"));
            assertTrue(r.reason().contains("salary"), r.reason());
        }

        @Test
        void aRequestBeforeWhatItIsAboutStays() {
            // "tell me about" asks what the plan is: no lead, the plan described
            Answer.Answered a = answered("Could you tell me about the eight-point plan?");
            assertTrue(EvalRunner.spokenText(a).contains("Abe"), EvalRunner.spokenText(a));
        }
    }

    @Nested
    class AQuestionWithMarkup {
        @Test
        void isReadAsItsWords() {
            Answer.Answered a = answered("<b>Who</b> is <i>Sergey Lavrov</i>?");
            assertTrue(a.statements().get(0).fact().id().equals("card-lavrov"), a.statements().get(0).fact().id());
        }

        @Test
        void withoutTheCodeOfAScriptOrStyleElement() {
            Answer.Answered a = answered("<script>alert(1)</script> who is Lavrov");
            assertTrue(a.statements().get(0).fact().id().equals("card-lavrov"), a.statements().get(0).fact().id());
        }
    }

    @Nested
    class JapaneseAsItIsTyped {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // no word of the fact found but a country's name, a number or a unit
                "日本の消費税率って、いま何パーセント？",
                "2018年にロシアで優勝した国はどこですか？",
        })
        void aQuestionSharingNoTopicWordWithTheFactsIsRefused(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("shares no topic word"), r.reason());
        }

        @ParameterizedTest(name = "{0}|{1}")
        @CsvSource(delimiter = '|', value = {
                // a name cut otherwise by the tokenizer, one in Latin letters, one in hiragana among particles
                "世耕さんって、どういう立場の人でしたっけ?|経済産業",
                "rdifってなんの組織？|直接投資",
                "2019年 6月 に つくば で なん の かいぎ が ありました か|G20",
        })
        void aNameItWritesOtherwiseStillSharesItsTopic(String question, String expected) {
            Answer.Answered a = answered(question);
            String said = a.lead() + a.statements().stream().map(Statement::text).reduce("", String::concat);
            assertTrue(said.contains(expected), question + " -> " + said);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a loanword Kuromoji does not know is a word of the dictionary, not a name the knowledge lacks
                "ロシア外務省のスポークスウーマンは春の外相会談について何と言った？|ザハロワ",
                "交流年のクロージングコンサートで歌う合唱団はどこ？|モスクワ室内合唱団",
                // a Japanese name in katakana with its long vowel marked
                "コーノ外相と会う予定だったロシアの外相は誰？|ラブロフ",
                // a name a speech recogniser left in hiragana, heard with バ for ワ: asked who she is, her card
                "ざはろばって人誰なの|報道官",
        })
        void aLoanwordOrAKanaNameIsNoUnknownName(String question, String expected) {
            Answer.Answered a = answered(question);
            assertTrue(EvalRunner.spokenText(a).contains(expected), question + " -> " + EvalRunner.spokenText(a));
        }

        @Test
        void aProperNounOfNoKindThatIsACommonWordIsNoName() {
            // Kuromoji tags 港町 (a port town) a proper noun; 何月何日 asks one date, the day
            String lead = answered("極東の港町でプーチンと安倍が会ったの、何月何日？").lead();
            assertEquals("2017年9月7日", lead);
            assertEquals("2021年11月", answered("地域交流年の延長が決まったのは何年何月？").lead());
        }

        @Test
        void aForeignNameTheDictionaryLacksStillIs() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("ハバロフスクでプーチンと安倍は会った？"));
            assertTrue(r.reason().contains("ハバロフスク"), r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // 人数ってどれくらい is one ask, of people
                "2020年の交流イベントに集まった人数ってどれくらい？|400,000|600",
                // 案件の数 counts 案件 (件), and the year and month of the question count nothing
                "2021年11月までに地域交流年で日本側が実施した案件の数は？|150|1年",
                // the verb right after 誰 is the act asked about, not the meeting the question speaks of
                "春の外相会談についてロシア外務省で誰が明かした？|ザハロワ|ラブロフ",
                // a hedge after the question word names no act: not the publisher
                "物流センターに設備を出している日本企業ってどこって書いてあった？|東芝|タス",
                // the minister who commented, not the prime minister whose plan it is, nor the Japanese minister
                // whose role speaks of Russia
                "安倍首相発案の協力プランが成果を出しているとコメントしたロシアの大臣って誰|オレシキン|安倍",
                "日本の首相発案の協力計画について成果が出てるとコメントしたロシアの経済担当の大臣って誰|オレシキン|世耕",
                // "…閣僚、名前は？", "スポークスウーマンの名前は" ask a person's name
                "郵便分野の協力について言ってたロシアの閣僚、名前は？|ノスコフ|東芝",
                "ロシア外務省のスポークスウーマンの名前は？|ザハロワ|ラブロフ",
        })
        void leadsWithTheValueAsked(String question, String expected, String notThis) {
            assertLeads(question, expected, notThis);
        }

        @Test
        void whatFollowsABareNaniAsksNoCount() {
            // 何 before a stop is "what": a description of the plan, not a count of something called 簡単
            Answer.Answered a = answered("8項目の協力プランって何？簡単に");
            assertTrue(EvalRunner.spokenText(a).contains("安倍"), EvalRunner.spokenText(a));
        }
    }

    @Nested
    class WhoseAndOfWhat {
        @Test
        void aNameOwningAnotherIsNotTheOneDescribed() {
            // "Abe's plan" asks about the plan, not about Abe
            String text = EvalRunner.spokenText(answered("what is abe's \"eight-point plan\"?"));
            assertTrue(text.contains("energy") && !text.startsWith("Prime Minister"), text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // "russia's fund" asks for the fund's head, not Russia's; a statement after the question tells of him
                "the guy who runs russia's sovereign wealth fund - whats his name? he was talking about japanese and korean partners|Dmitriev|Kono",
                // the owner still counts with a word of the card: Russia's foreign minister heads its foreign ministry
                "Who heads Russia's foreign ministry?|Lavrov|Zakharova",
                // a capital in "ties with Moscow" stands for Russia, though the fact names Tokyo where it was said
                "Who's the Japanese minister responsible for business ties with Moscow?|Seko|Abe",
                "by what percent did russia-japan trade go up in 2018|17%|600",
        })
        void leadsWithTheOneAsked(String question, String expected, String notThis) {
            assertLeads(question, expected, notThis);
        }

        @Test
        void aCapitalAsAVenueIsStillThePlace() {
            assertInstanceOf(Answer.Refused.class, ask("What did Lavrov and Kono agree at their Tokyo meeting?"));
            // a meeting moved elsewhere is a premise no fact shares
            assertInstanceOf(Answer.Refused.class, ask("why was the lavrov-kono spring meeting moved to moscow?"));
        }
    }

    @Nested
    class RussianAsItIsTyped {
        @Test
        void withWhichMonthItRunsAsksItsStart() {
            assertTrue(answered("год обменов между регионами — с какого месяца он идёт?").lead().contains("январ"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // an act of circumstance is not the act asked: "перед переговорами" is when he spoke; the article has
                // him meet Seko, though this fact does not
                "кто из министров перед переговорами с Сэко сказал, что план Абэ уже даёт результаты?|Орешкин|Абэ",
                "which minister said ahead of his meeting with Seko that Abe's plan was already producing results?|Oreshkin|Abe",
                // the nationality after "кто сказал, что" is the partners', not the one who said it
                "кто сказал, что японские и южнокорейские партнёры фонда готовы вложиться в проект Транснефть Телеком?|Дмитриев|Сэко",
                // a bare "кто" and then the name of a body asked for: the body, not the minister who spoke of it
                "кто поставляет оборудование для логистических центров почты? название компании|Toshiba|Носков",
        })
        void leadsWithTheOneAsked(String question, String expected, String notThis) {
            assertLeads(question, expected, notThis);
        }

        @Test
        void aWordOnlyTheQuestionsOfAFactUseIsStillItsTopic() {
            // "аудитория" is in no statement, but in the questions the 400,000 visitors answer
            String text = EvalRunner.spokenText(answered("какая аудитория набралась у совместных событий в 2020-м? цифра"));
            assertTrue(text.contains("400 000"), text);
        }

        @Test
        void aWordOfHealthWithoutAPersonAsksNoHealth() {
            // "живые встречи" are meetings in person; "это" refers back to no one
            Answer.Answered a = answered("проекты года регионов японская сторона проводила вживую или это были живые встречи онлайн?");
            assertTrue(EvalRunner.spokenText(a).contains("онлайн"), EvalRunner.spokenText(a));
            assertInstanceOf(Answer.Refused.class, ask("Путин, он жив-здоров?"));
        }
    }

    @Nested
    class InformalWording {
        @Test
        void aHyphenatedWordOfTheFactIsMetByItsParts() {
            // the fact writes "8-point"; the question "8 point"
            assertTrue(answered("hey so who actually came up w/ that 8 point thing??").lead().startsWith("Shinzo Abe"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Osaka is twinned with wich Russian city?|Saint Petersburg",
                "where's the railway control systems JV going to be set up|Moscow",
                "скока процентов вырос товарооборот россии и японии в 2018?|17",
        })
        void aMisspeltQuestionWordOrAChatAbbreviationIsReadAsMeant(String question, String lead) {
            assertTrue(answered(question).lead().contains(lead), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "александр галушка это кто|Дальн",
                "Galushka, who is that?|Far East",
        })
        void aNameFollowedByWhoIsItAsksWhoThatIs(String question, String described) {
            assertTrue(EvalRunner.spokenText(answered(question)).contains(described), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // chat shorthand for a nationality, a word or "with"
                "which jp minister handles econ ties w russia?|Seko",
                // a year written in two digits is the year the fact gives, no number it lacks
                "who was lavrov meant to meet up with in spring 18, the japanese FM? name pls|Kono",
                // a count asked by a word the fact does not use counts the same things: events are мероприятия
                "скока всего событий было в перекрестных годах?|700",
                // "их" and "уже в работе" count what the question named before
                "рабочие группы по курилам — скока их было?|2",
                "а из 130 проектов по тому плану скока уже в работе?|60",
                // "какого числа" asks a date, whatever noun follows it
                "какого числа чиновники на подкомитете обсуждали продление года побратимов?|22 ноября",
                // "агентство" and "agency" ask for who reported it
                "в 2019 новость что будет год межрег обменов русский мир у какого агентства взял?|РИА",
                "the russkiy mir piece in 2019 - which agency did they get it from?|RIA",
                "コロナの年(2020)の日露交流イベントって参加者どんくらいいた？|400,000",
                "交流年の閉会式で歌う合唱団ってどこどこ？2つあったよね|モスクワ室内合唱団",
                // the years a programme was held date a fact about it, whenever it was reported
                "2018の日露交流年のプログラムってイベント全部で何件くらいあった？|700",
                // "things" count anything; "the name of" names no speaker
                "how many things did tokyo organise for the regional exchange yr by nov 21?|150",
                "For a briefing note I need the name of the intergovernmental format that had extending the regional exchanges year on its agenda. Which body was it?|Intergovernmental Commission",
                // "その数" counts what was named before it; "の数字" is no count of 字
                "北方四島の共同経済活動で案件調整を担う作業部会、その数とそれぞれの担当テーマ|2つ",
                "ガルシカの話の数字まとめて！投資額と案件の数|21",
        })
        void chatShorthandIsReadAsMeant(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "オレシキンって何大臣だっけ|経済発展",
                "орешкин это какой министр был? чем рулил|экономического развития",
        })
        void aJobAskedInChatIsTheCard(String question, String said) {
            assertTrue(EvalRunner.spokenText(answered(question)).contains(said), question);
        }

        @Test
        void aLoanwordOnlyTheQuestionsOfAFactUseIsNoUnknownName() {
            // "パンデミック" is in no statement (they say 大流行), but in the questions the 400,000 visitors answer
            assertTrue(answered("パンデミック下の2020年、日露交流行事への参加者数").lead().contains("400,000"));
        }

        @Test
        void aWordForTimeInARemarkAsksNoDate() {
            // "…時期だったと思うので気になっています" remarks on the time; the question asks the form
            String text = EvalRunner.spokenText(answered("地域交流年の枠内で日本側が行った事業は、ほとんどがどういう形で実施されたんですか？"
                    + "パンデミックの時期だったと思うので気になっています。"));
            assertTrue(text.contains("オンライン"), text);
            assertTrue(answered("交流年の延長が決まった時期は？").lead().contains("2021年11月"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the heads of the ministries are in what was said: the one asked said it
                "Кто конкретно озвучил, что главы МИД увидятся весной в Японии, — сам Лавров или кто-то другой? Нужна фамилия для подписи|Захаров",
                // whose report was retold: the agency
                "а про продление в ноябре 2021 — чье сообщение пересказывал Русский мир? кто дал первым?|ТАСС",
                // 何州 asks a region, 都市名 a city
                "日本製の白血病の薬、ロシアで近く生産開始って話、生産拠点は何州って書いてありました？|ヤロスラブリ州",
                // projects of the islands chosen at a meeting elsewhere: the islands are no false venue
                "北方四島での有望プロジェクトを日露の外務省が選んだ、と2017年9月のウラジオストク会談後に明かしたのは誰？|プーチン",
        })
        void aFactCheckersQuestionLeadsWithTheValue(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a region named is what the role asked for is of, not a name to leave out
                "yo whos the russian guy in charge of far east stuff?|Galushka",
                "Кто отвечает за Дальний Восток в правительстве России?|Галушка",
        })
        void aRoleOfARegionIsFoundThroughTheCards(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // "exact figure" counts nothing exact: the turnout is the people counted
                "2020 exchange events turnout despite covid - exact figure pls|400,000",
                // a bare "which one" after a search leaves the asking to its noun
                "osaka's twin city on the russian side - which one exactly?|Saint Petersburg",
                "Which of the two leaders went public with the exchange-year agreement after the Osaka talks?|Vladimir Putin",
                "リア・ノーボスチを引いて地域交流年の実施をルースキー・ミール財団が報じた記事、掲載の年月日は？|2019年7月1日",
                // a word saying how the value is given before the searched noun
                "общее число мероприятий перекрёстных годов, со слов президента|700",
                "Exact date of the Oreshkin-Seko meeting|10 June 2019",
        })
        void aSearchWithWordsAroundItsNounLeadsWithTheValue(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Кто такой Александр Галушка — министр чего именно?|Дальнего Востока",
                // "Asian" and "I've" are no names the knowledge lacks
                "what exactly is the Transneft Telecom digital project that RDIF's Asian partners say they'd invest in? what would it build?|cables",
        })
        void aFactCheckersQuestionIsAnswered(String question, String said) {
            assertTrue(EvalRunner.spokenText(answered(question)).contains(said), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // names offered to choose from are no premise, and one of them is the answer
                "Who proposed the eight-point plan, Putin or Abe?|Shinzo Abe",
                "Did Putin or Abe propose the eight-point plan?|Shinzo Abe",
                "Чей это был план из восьми пунктов — Путина или японского премьера? Проверяю атрибуцию|Абэ",
                "8項目のプランを出したのはプーチンと安倍のどちら？|安倍",
                "安倍さんとプーチンさん、どっちが8項目のプランを出したの？|安倍",
                // the agreement (を) is what was announced: the announcer, not both who agreed
                "安倍さんとプーチンさん、どっちが交流年の合意を発表したの？|プーチン",
                "8項目のプランの提案をしたのは誰？|安倍",
                "Did Lavrov and Kono meet in Moscow or Tokyo in November 2017?|Moscow",
                // the first fact settles it, though the next one tells of the other place; "over" only points
                "Lavrov and Kono's spring 2018 meeting: was it to be held in Moscow or over in Japan?|Japan",
        })
        void aChoiceOfferedIsAnsweredByTheOneTheFactsName(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @Test
        void aChoiceOfUnknownsIsStillRefused() {
            assertInstanceOf(Answer.Refused.class, ask("Was the plan proposed by Putin or by Medvedev?"));
            assertInstanceOf(Answer.Refused.class, ask("Why did Putin propose the eight-point plan?"));
        }

        @Test
        void aChoiceOfKnownNamesNoneOfThemRightIsAnsweredSayingSo() {
            String lead = answered("Who proposed the eight-point plan, Putin or Seko?").lead();
            assertTrue(lead.contains("Abe") && lead.contains("none of the options"), lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Oreshkin's trade growth number for 2018 - I've got 15% in the draft, can you confirm?|17% (not 15%)",
                "Did trade grow by 15% in 2018?|17% (not 15%)",
                // a statement given to be confirmed asks whether it is so
                "Trade grew by 15% in 2018, according to Oreshkin - can you confirm?|17% (not 15%)",
                "Russia-Japan trade in 2018 up 20% y/y per Oreshkin - correct?|17% (not 20%)",
                "東京側が地域交流年で手がけたプロジェクト、約200件と書いたんですが数字合ってます？|（200件ではありません）",
                "проверяю цифру: японский реабилитационный центр на Дальнем Востоке уже обслужил около 5 тысяч российских пациентов — верно? сколько на самом деле?|2 500",
                "オレシキン氏の言う2018年の日露貿易の伸び、20%で間違いないですか？正確なパーセンテージを|17%（20%ではありません）",
                // a statement with a figure, asked with a question mark alone
                "Trade grew 15% in 2018?|17% (not 15%)",
                "Товарооборот вырос на 15% в 2018 году?|17% (а не 15%)",
                "貿易額は2018年に15%増えた？|17%（15%ではありません）",
                // the figure corrected as the question wrote it, to the end of its word
                "Проверяю фразу: в 2020 году в российско-японских обменных мероприятиях участвовали почти 4 миллиона человек. Цифра верная?|(а не 4 миллиона)",
        })
        void aWrongFigureToCheckIsCorrectedByTheFacts(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Is it correct that relations entered a new stage in 2016?|Yes: 2016",
                "Is it true that trade between Russia and Japan grew by 17 percent in 2018?|Yes: 17%, 2018",
                // the figure as the fact writes it, whole: "400 000", not "400 тысяч"
                "Правильно ли, что в 2020 году в обменах участвовали почти 400 тысяч человек?|Да: 2020, 400 000",
                // the date as the question gives it, not the report's date of the same year
                "ザハロワ報道官の説明では、次回の日露外務次官級協議は2018年2月に開催予定だった、という理解で合っていますか。|はい、2018年2月",
        })
        void aRightFigureToCheckIsConfirmedByTheFacts(String question, String lead) {
            assertEquals(lead, answered(question).lead());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Does the 8-point plan include tourism?", "8項目の協力プランには、人と人との交流に関わる分野も入っていますか。",
                // figures of two facts: neither confirms the other's
                "One article says the Cross Years had more than 700 events, another says more than 600. Is that a contradiction, or do the two figures count different things?"})
        void aFigureOfANameOrOfAnotherFactIsNoFigureConfirmed(String question) {
            String lead = answered(question).lead();
            assertFalse(lead.startsWith("Yes") || lead.startsWith("はい"), question + " -> " + lead);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"150 projects online, right?", "150 projects online?"})
        void aFigureANearFactStatesIsNotCorrectedByAnother(String question) {
            // the 150 projects, mostly online, not "over 60 (not 150)" of the 130 projects of the plan
            Answer.Answered a = answered(question);
            assertFalse(a.lead().contains("150") && a.lead().contains("not"), question + " -> " + a.lead());
            assertTrue(a.statements().get(0).text().contains("online"), a.statements().get(0).text());
        }

        @Test
        void aFigureGivenBeforeAQuestionOfSomethingElseIsAPremise() {
            // "…25%増だったと言ってましたが、…牽引した品目は？" asks the items, not whether it was 25%
            assertInstanceOf(Answer.Refused.class, ask("オレシキン大臣が2018年の日露貿易は25%増だったと言ってましたが、この伸びを牽引した品目は？"));
        }

        @Test
        void aConfirmationAskedOfAValueAnswersIt() {
            assertTrue(answered("Could you confirm the date of the Oreshkin-Seko meeting?").lead().contains("10 June 2019"));
        }

        @Test
        void aWrongFigureInAQuestionAboutSomethingElseIsAFalsePremise() {
            // the question asks why, not the figure: the articles do not say that growth happened
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Why did trade between Russia and Japan grow by 15% in 2018?"));
            assertTrue(r.message().contains("17%"), r.message());
        }

        @Test
        void aCountAboveNineInDigitsIsCheckedToo() {
            // the plan has eight points; 10 in "6月10日" is a day, not ten points
            assertInstanceOf(Answer.Refused.class, ask("安倍が2016に出した10項目のプランってどんな中身だったっけ"));
        }

        @Test
        void aWishAskedIsNoOutcomeTakenAsDone() {
            // 結局 … 伸ばしたい asks what the plan wants, which the fact says
            assertTrue(EvalRunner.spokenText(answered("日露協力プランて結局ロシアの人たちのなにを伸ばしたいわけ？")).contains("寿命"));
        }

        @Test
        void aMonthInShortIsAMonth() {
            assertTrue(answered("Roughly how many projects had Tokyo organised for the interregional year by Nov 2021?").lead()
                    .contains("150"));
            assertInstanceOf(Answer.Refused.class, ask("Why did Lavrov and Kono meet in Tokyo in Feb 2018?"));
        }
    }

    @Nested
    class AQuestionWordNextToAName {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // with the names read as one word, "which ... official" asks for a person
                "Which Russian Foreign Ministry official told reporters about the planned spring meeting of the two foreign ministers?|Zakharova",
                // the adjective says in which country the place asked for lies
                "What Russian city is Putin from?|Saint Petersburg",
                "Which Japanese city is twinned with Saint Petersburg?|Osaka",
                "В каком российском городе родился Путин?|Санкт-Петербург",
        })
        void isReadWithTheNameAsOneWord(String question, String lead) {
            assertLeadHas(question, lead);
        }
    }

    @Nested
    class AnAttributeWordOfAnotherSense {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // "рост" of trade is growth, not a country's height
                "Кто сообщил о росте товарооборота России и Японии и на сколько процентов он вырос в 2018-м?|Орешкин",
                "Как высоко оценили перекрёстные годы Путин и Абэ?|Путин",
                // "ценят" (value) is no price
                "Насколько власти обеих стран вообще ценят программы обменов?|важн",
        })
        void isNoAttributeOfTheOtherKindsOfEntity(String question, String said) {
            assertTrue(EvalRunner.spokenText(answered(question)).contains(said), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"How tall is Putin?", "Какой рост у Путина?", "プーチン大統領の身長は？"})
        void isTheAttributeOfAPersonAndNoFactStatesIt(String question) {
            // the Russian facts "высоко оценили" (praised) and "рост товарооборота" (growth) say nothing of his height
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("height"), r.reason());
        }
    }

    @Nested
    class AVenueNamed {
        @Test
        void inACapitalIsTheCityNotItsCountry() {
            // the ministers' spring 2018 meeting was to be in Japan; they met in Moscow in November 2017
            assertInstanceOf(Answer.Refused.class, ask("ラブロフ外相と河野外相が2018年春にモスクワで会談したときの議題は？"));
            assertInstanceOf(Answer.Refused.class, ask("What did Lavrov and Kono discuss when they met in Moscow in spring 2018?"));
            assertFalse(answered("What did Lavrov and Kono agree in Moscow in November 2017?").statements().isEmpty());
        }
    }

    @Nested
    class TheLeadOfAValue {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a count says what it counts
                "how many working groups are handling the joint economic stuff on the southern kurils?|2 working groups",
                "Сколько рабочих групп координировали проекты на Южных Курилах?|2 рабочие группы",
                "how many patients has the rehab centre in vladivostok seen|2,500 Russian patients",
                // a date known by its year and season is the season
                "When were Lavrov and Kono supposed to meet in Japan?|spring 2018",
                "日露外相会談、いつ日本でやる予定だったの？|2018年春",
                // a day asked for: a finer date of the same month
                "On what date was the extension of the exchanges year discussed?|22 November 2021",
                "地域交流年の延長は何日に話し合われた？|11月22日",
                // or the days a statement's text gives, as it writes them
                "on which dates was the G20 trade and digital economy ministers' meeting in Tsukuba?|8-9 June 2019",
                "в какие числа проходила встреча министров G20 по торговле и цифровой экономике в Цукубе?|8-9 июня 2019",
                // "what was the date": a copula and an article between question word and noun
                "what was the date of the putin-abe summit in vladivostok?|7 September 2017",
        })
        void namesWhatItIs(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "which Russian minister talked about trade in Tokyo?|Oreshkin|Seko",
                "Какой российский министр говорил о торговле в Токио?|Орешкин|Сэко",
                // the adjective right after the question word, whatever other countries the question names
                "who's the russian economy minister that talked about trade in tokyo|Oreshkin|Seko",
                "Who's the Japanese minister responsible for economic relations with Russia that the Russian side met in Tokyo in June 2019?|Seko|Oreshkin",
                "putins hometown is twinned with which japanese city?|Osaka|Petersburg",
                "Where is Putin from?|Petersburg|Vladivostok",
        })
        void holdsTheNationalityOfTheNounAsked(String question, String lead, String notThis) {
            assertLeads(question, lead, notThis);
        }
    }

    @Nested
    class TheKindAsked {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the nationality of the body asked for rules out the other country's ("which Russian firm")
                "Which Russian firm's project are RDIF's partners from Japan and South Korea willing to fund?|Transneft Telecom|Toshiba",
                "which russian choir was to perform at the closing ceremony?|Moscow Chamber Choir|children",
                "交流年の閉会式でソリストが出るロシアの合唱団の名前は？|モスクワ室内合唱団|児童",
                // "whom did they cite" asks for the source, an agency
                "на кого ссылался фонд Русский мир в заметке от 1 июля 2019?|РИА|ТАСС",
                // 7月 is July, no count of months the fact could contradict
                "2019年7月に地域交流年のことを記事にしてた財団ってどこ？|ルースキー・ミール|タス",
                // a title asked for is held: no president among "our ministers"
                "кто еще из российских министров сидел на переговорах с Сэко в июне 2019 кроме Орешкина?|Носков|Путин",
                // "сколько ... вложили" asks a sum
                "сколько японцы вложили в наш Дальний Восток по словам министра?|16 млрд|21",
                // a count in the place the question names before the count of the whole programme
                "сколько мероприятий провели в России в рамках перекрестного года?|600|700",
                "how many cross year events were held in Russia?|600|700",
        })
        void isTheOneOfThatKind(String question, String expected, String notThis) {
            assertLeads(question, expected, notThis);
        }

        @Test
        void aWordOfTwoSensesIsTheAttributeOnlyNextToItsEntity() {
            assertTrue(answered("какого числа Орешкин в Токио говорил про рост товарооборота?").lead().contains("10 июня"));
            assertInstanceOf(Answer.Refused.class, ask("какой рост у Путина?"));
            assertInstanceOf(Answer.Refused.class, ask("東芝はロシアとの取引でいくら稼いでるの"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "как оформить визу в японию онлайн?",
                "河野太郎の次に外相になったのはだれ？",
                "世耕大臣がつくばのG20会合でロシアの不参加を批判したのはなぜ？",
                "How much money exactly will RDIF's Japanese and South Korean partners put into Transneft Telecom?",
                "whats the name of the japanese kids choir performing at the closing ceremony?",
                // a city the fact names only as the dateline is no venue of the meeting it places in Japan
                "Почему Захарова объявила, что Лавров и Коно весной 2018 года встретятся в Москве?",
                // tips about a city the articles name
                "any good sushi places in St Petersburg you'd recommend?",
                "東京でおすすめのラーメン屋は？",
        })
        void orWhatTheKnowledgeDoesNotSayIsRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "whats the eight-point plan|2016",
                "What is the Year of Interregional and Sister-City Exchanges?|Osaka",
                "Перекрёстные годы России и Японии — это вообще что такое?|Год России в Японии",
        })
        void aDescriptionAskedInChatSpellingLastOrThroughANameIsTheCard(String question, String said) {
            Answer.Answered a = answered(question);
            Statement first = a.statements().get(0);
            assertTrue(first.fact().id().startsWith("card-") && first.text().contains(said), question + " -> " + first.fact().id() + " " + first.text());
        }

        @Test
        void whatABodyDoesIsItsDescription() {
            Answer.Answered a = answered("чем занимается цифровой проект Транснефть Телеком, куда звали японских инвесторов?");
            String said = String.join(" ", a.statements().stream().map(Statement::text).toList());
            assertTrue(said.contains("кабел"), said);
        }
    }

    @Nested
    class ASumInvested {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "How much will RDIF's partners invest?",
                "Сколько вложат партнёры РФПИ?",
        })
        void isRefusedWhenTheFactOnlySaysTheyWillInvest(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("amount"), r.reason());
        }

        @Test
        void isTheSumAFactGives() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, ask("How much did the Japanese invest in the Far East?"));
            assertTrue(a.lead().contains("16 billion"), a.lead());
        }
    }

    @Nested
    class AMakerTheArticlesLeaveUnnamed {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which Japanese pharmaceutical company is going to make the leukemia drugs in Yaroslavl?",
                "Какая именно японская фармкомпания будет производить препараты от лейкоза в Ярославской области?",
        })
        void isRefusedThoughTheFactSpeaksOfTheProduct(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "What's the name of the Japanese children's choir that was going to sing at the closing ceremony?",
                "whats the name of the japanese childrens choir",
        })
        void orANameAskedInChatSpellingIsRefused(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("name of") && r.reason().toLowerCase(java.util.Locale.ROOT).contains("choir"), r.reason());
        }
    }

    @Nested
    class NumbersAsWritten {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // "400k" is 400,000; "17年" and "21-го" are years, not numbers the fact must state
                "what year did nearly 400k people still show up to russia-japan exchange events despite covid|2020",
                "17年の秋の終わり、河野さんがモスクワで会談した相手って誰？|ラブロフ",
                "На какое агентство ссылался «Русский мир», когда писал в ноябре 21-го о продлении Года обменов?|ТАСС",
                // 何 before a particle or a verb is no count
                "トランスネフチ・テレコムのデジタル事業って具体的に何するの？|海底",
        })
        void areReadAsMeant(String question, String said) {
            assertTrue(EvalRunner.spokenText(answered(question)).contains(said), question);
        }

        @Test
        void aYearGivenAsABoundIsCheckedAsOne() {
            assertTrue(answered("Before the January 2018 announcement, Lavrov and Kono had already sat down once and agreed to "
                    + "convene the working groups. In which city was that, and in what month?").lead().contains("Moscow"));
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("What did Lavrov and Kono agree after 2018?"));
            assertTrue(r.reason().contains("after 2018"), r.reason());
        }

        @Test
        void aCountInWordsAboveNineIsCheckedToo() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("What are the ten points in Abe's ten-point cooperation plan with Russia?"));
            assertTrue(r.reason().contains("[10]"), r.reason());
        }
    }

    @Nested
    class TheSameEventToldTwice {
        @Test
        void isDatedByTheFactGivingItsMonth() {
            // one fact dates the agreement in Osaka "in the summer of 2019", another of the same talks "in June 2019"
            assertEquals("June 2019", answered("When did Putin and Abe agree to hold the interregional exchanges year?").lead());
        }
    }

    @Nested
    class ABestFactOfAnotherTime {
        @Test
        void leavesANearFactOfTheYearAskedToAnswer() {
            assertTrue(answered("2018年の日露貿易ってどれくらい伸びたの").lead().contains("17"));
            assertInstanceOf(Answer.Refused.class, ask("When did Putin and Abe meet in Vladivostok in 2018?"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"What happened in Russia-Japan relations after 2022?", "2022年以降、地域交流年はどうなった？",
                "2022年以降の日露関係ってどうなった？"})
        void aTimeAfterEveryArticleIsRefusedThoughTheBestFactGivesNoYear(String question) {
            // the best facts give no year (Sputnik's "upward path", a start "in January"): their articles end before 2022
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().startsWith("after the articles") && r.reason().contains("2022"), r.reason());
            assertTrue(r.message().contains("2022"), r.message());
        }
    }

    @Nested
    class AMonthWithoutItsYear {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which month did the Year of Russian-Japanese Interregional Exchanges begin in?|January",
                "В каком месяце начался Год межрегиональных обменов?|январь",
                "地域交流年は何月に始まった？|1月",
                // a beginning in other words
                "In which month did the Year of Interregional Exchanges get under way?|January",
        })
        void isAnsweredWithTheMonthAlone(String question, String month) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(month) && !lead.matches(".*\\d{4}.*"), question + " -> " + lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a beginning asked: the fact saying when it began, before a closer one dating a later meeting
                "When did the interregional exchanges year kick off?|January",
                "С какого времени идёт Год межрегиональных обменов?|январь",
                "地域交流年はいつから始まった？|1月",
        })
        void isTheBeginningWhenABeginningIsAsked(String question, String month) {
            assertTrue(answered(question).lead().contains(month), question);
        }
    }

    @Nested
    class APersonAskedByPosition {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Who heads RDIF?|Dmitriev",
                // the head of a body before another holder of a position in it (its spokeswoman)
                "who heads the russian foreign ministry|Lavrov",
                "Кто отвечает в правительстве Японии за экономическое сотрудничество с Россией?|Сэко",
                "ロシアとの経済協力を担当している日本の大臣は？|世耕",
        })
        void isTheOneWhoseCardDescribesIt(String question, String name) {
            Answer.Answered a = answered(question);
            assertTrue(a.lead().contains(name), question + " -> " + a.lead());
            assertTrue(a.statements().get(0).text().contains(name), a.statements().get(0).text());
        }

        @Test
        void evenByOneWordOfTheirCardWhenNoOtherCardHasIt() {
            assertTrue(answered("who's the japanese minister in charge of russia ties?").lead().contains("Seko"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which organisation does Kirill Dmitriev head?|Russian Direct Investment Fund",
                "Какой фонд возглавляет Кирилл Дмитриев?|Российский фонд прямых инвестиций",
        })
        void theBodyOfAPersonsPositionIsOnTheirCard(String question, String body) {
            assertEquals(body, answered(question).lead());
        }
    }

    @Nested
    class ADefinitionQuestion {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Who is Maxim Oreshkin?|Economic Development",
                "What is Seko's job?|Economy, Trade and Industry",
                "What is the eight-point plan?|8-point",
                "Кто такой Орешкин?|экономического развития",
                "オレシキンとは誰ですか？|経済発展相",
        })
        void isAnsweredFromTheEntitysCardWithItsSource(String question, String words) {
            Answer.Answered a = answered(question);
            assertTrue(a.statements().get(0).fact().id().startsWith("card-"), question + " -> " + a.statements().get(0).fact().id());
            assertTrue(a.statements().get(0).text().contains(words), a.statements().get(0).text());
            assertFalse(a.sources().isEmpty());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // who a person is, after a lead-in or a sentence telling what the writer is doing: that person's post
                "For my slides: who is Oreshkin?|Economic Development",
                "My boss asks - who is Oreshkin?|Economic Development",
                "Для презентации: кто такой Орешкин?|экономического развития",
                "Слайды готовлю. Кто такой Орешкин?|экономического развития",
                "スライド用に：オレシキンって誰？|経済発展",
                "スライド用です。オレシキンって誰？|経済発展",
                // of the one the asking sentence names, not of one the writer saw
                "I saw Seko on TV. Who is Oreshkin?|Economic Development",
        })
        void whoSomeoneIsAfterTheWritersLeadInIsTheirPost(String question, String post) {
            String said = EvalRunner.spokenText(answered(question)).strip();
            String first = said.lines().findFirst().orElse("");
            assertTrue(first.contains(post) && !first.contains("Seko") && !first.contains("世耕") && !first.contains("Сэко"), said);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a lead-in telling what the writer does, before a question asked by its mark alone: no stem of
                // options, no publisher to retrieve by ("ТАСС" drew the 60 of 130 projects TASS cited)
                "Перевожу статью ТАСС, хочу сверить: восьмипунктовый план сотрудничества выдвинул Abe или Путин?|Abe",
                "Translating a TASS piece, want to check: did Abe or Putin propose the eight-point plan?|Abe",
        })
        void aLeadInTellingWhatTheWriterDoesIsNoPartOfTheQuestion(String question, String lead) {
            assertLeadHas(question, lead);
        }
    }

    @Nested
    class ACounterpart {
        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                // the other party of a meeting the one answered had, not his own post nor the plan he spoke of
                "Кто был министром экономического развития России в июне 2019 года?|А кто его японский визави?|Сэко",
                "Who was Russia's economic development minister in June 2019?|And his Japanese counterpart - name and exact title?|Seko",
        })
        void isTheOtherPartyOfHisMeeting(String first, String followUp, String name) {
            Answer.Answered before = answered(first);
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, askAfter(before, followUp), followUp);
            assertTrue(a.lead().contains(name), followUp + " -> " + a.lead());
        }

        @Test
        void anAttributeOfHisNoFactStatesIsRefusedAfterHisName() {
            Answer.Answered before = answered("Who is Japan's minister for economic cooperation with Russia?");
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, askAfter(before, "His party affiliation, for the name card?"));
            assertTrue(r.reason().contains("party"), r.reason());
        }

        @Test
        void aPersonOfAnotherCountryThanTheOneNamedIsNotHim() {
            // "the Japanese minister Oreshkin met, and his post": Seko, not Oreshkin's post
            assertLeads("Как звали японского министра, с которым Орешкин встречался в Токио, и какая у него должность?", "Сэко");
            assertTrue(EvalRunner.spokenText(answered("Какая должность у российского министра Орешкина?")).contains("экономического развития"));
        }

        @Test
        void hisPostIsStillHis() {
            Answer.Answered before = answered("Who was Russia's economic development minister in June 2019?");
            assertTrue(EvalRunner.spokenText(assertInstanceOf(Answer.Answered.class, askAfter(before, "And what was his exact title?")))
                    .contains("Economic Development"));
        }
    }

    @Nested
    class AskedByANounOrARequest {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a request before a noun of a kind, or after it in Japanese, with an aside in brackets after that
                "Уточните дату встречи Путина и Абэ во Владивостоке.|7 сентября",
                "日露外務次官級協議、次回ラウンドの実施予定月を確認したい（2018年1月のザハロワ報道官発言ベース）。|2月",
                "ロシアの郵便の物流センターに設備を提供しているという日本企業、社名を確認させて|東芝",
                // a noun of a time first, its relative clause telling which
                "Year in which Abe put forward the eight-point cooperation plan?|2016",
                "Date on which Putin and Abe met in Vladivostok?|7 September",
                "Год, в котором Абэ предложил план?|2016",
        })
        void isLedByTheValue(String question, String lead) {
            assertLeads(question, lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a meeting's name asked by its noun: the meeting, not the ministry of the one who spoke there
                "世耕大臣が「ロシア経済分野協力担当大臣として」取り組みを続けると表明した会合の正式名称。|合同会議",
                "Площадка, на которой Сэко заявил о готовности Японии и дальше развивать экономические связи с Россией, — точное наименование.|совместном",
        })
        void aMeetingsNameAskedIsTheMeeting(String question, String name) {
            Answer.Answered a = answered(question);
            String first = a.lead().isBlank() ? a.statements().get(0).text() : a.lead();
            assertTrue(first.contains(name), question + " -> " + first);
        }

        @Test
        void aRequestToExplainWhatAProgrammeIsGetsItsCard() {
            Answer.Answered a = answered("そもそも「日露地域・姉妹都市交流年」とは何なのか、簡潔に説明してもらえますか。");
            assertTrue(a.statements().get(0).fact().id().startsWith("card-"), a.statements().get(0).fact().id());
            assertTrue(a.statements().get(0).text().contains("大阪"), a.statements().get(0).text());
        }

        @Test
        void aFollowUpSayingItGoesOnAsksWhatTheOneBeforeAsked() {
            // "…のほうは？" goes on with the question before about something else, whatever kind of thing it names
            Answer.Answered before = answered("日本の白血病治療薬の生産開始予定地 ― ロシアのどの州か。");
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, askAfter(before, "鉄道制御システムの合弁企業のほうは？"));
            assertTrue(a.lead().contains("モスクワ州"), a.lead());
        }

        @Test
        void aClaimClosedByAConfirmingWordIsConfirmedWhateverItsNouns() {
            // "sister city" is a noun of a place, but the claim gives the place to be confirmed
            assertTrue(EvalRunner.spokenText(answered("Osaka is the sister city of Saint Petersburg - correct?")).contains("Petersburg"));
            // the programme's name as the Russian facts write it is a name, not a year asked
            assertTrue(EvalRunner.spokenText(answered("Подтвердите: Год российско-японских межрегиональных обменов стартовал в январе?"))
                    .contains("январе"));
        }
    }

    @Nested
    class AnAttributeTheArticlesDoNotGive {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "What is the weather in Tokyo?",
                "Who succeeded Shinzo Abe?",
                "What is the population of Osaka?",
                "How old is Vladimir Putin?",
                "Какая сейчас погода в Токио?",
                "Кто стал преемником Абэ?",
                "東京の天気は？",
                "大阪の人口は？",
                // a company's head and a spouse: no fact states them, though a name is at hand for a "who"
                "東芝の社長は誰？",
                "Who is the CEO of Toshiba?",
                "プーチン大統領の奥さんは誰？",
                "東芝はロシアとの取引でいくら稼いでるの",
                "Сколько человек живёт во Владивостоке?",
                // the end of a post or a life: no fact states it, though facts date the person's other acts
                "When did Abe resign?",
                "В каком году Абэ ушёл в отставку?",
                "安倍首相が2020年に辞任したのは本当？",
                "When did Abe die?",
                // nor its start: the cards give posts as of the articles' dates
                "When was Zakharova appointed spokeswoman?",
                "С какого года Орешкин на посту министра?",
                "ザハロワ氏がロシア外務省の報道官に就任したのは何年から？",
                "Мария Захарова — с какого года занимает пост официального представителя МИД?",
                // a biography, gifts exchanged, who chaired, the seating: what no fact tells of the people and meetings
                "Образование и прежние места работы Кирилла Дмитриева — нужна краткая биография.",
                "世耕弘成大臣の略歴（生年、出身地、初当選の年）を一枚にまとめてください。",
                "List the gifts Putin and Abe exchanged at their Osaka meeting in June 2019.",
                "Who gave Abe a gift in Vladivostok?",
                "Какими подарками обменялись Путин и Абэ на встрече во Владивостоке в сентябре 2017-го?",
                "ウラジオストク会談の際、安倍首相がプーチン大統領に贈った記念品は何でしたか。",
                "Who chaired the subcommittee meeting in November 2021?",
                "Кто председательствовал на заседании подкомиссии 22 ноября 2021 года с российской стороны?",
                "What was the seating plan of the Osaka summit?",
                "大阪での首脳会談の席次表は？",
                "What is Seko's party affiliation?",
                // a contact to write to: no fact gives one, whoever the question names
                "Кто у японцев контактное лицо по побратимским обменам, куда писать? Нужен email или телефон",
                "What is RDIF's phone number?",
                // a motive: no fact gives a reason for the plan or the online format, asked so or in a remark after a why
                "Why did Abe decide to put forward his plan for Russia in 2016? What was Tokyo hoping to get out of it?",
                "Почему Токио решил проводить большинство проектов онлайн? Какие у японцев были мотивы?",
                "そもそも日本はなぜロシアに8項目の協力プランを持ちかけたんですか？本音のところが知りたいです。",
                // what will come, an opinion asked of the bot, how the public took it: no fact tells
                "What will happen to the peace treaty talks once the joint projects on the Southern Kurils are up and running?",
                "Будет ли, на ваш взгляд, подписан мирный договор между Россией и Японией в ближайшие годы?",
                "北方領土 返還交渉 今どうなってる",
                "How was the news of the Year of Interregional Exchanges received by the general public in Japan?",
                "Как общественность Японии восприняла Год межрегиональных обменов?",
                // who leads a body, when it was founded, the next edition of a programme: no fact tells
                "Who is the artistic director of the Moscow Chamber Choir, the ensemble whose soloists sang at the cross years finale?",
                "Кто художественный руководитель Московского камерного хора, солисты которого пели на закрытии Перекрёстных годов?",
                "閉幕公演に出演したモスクワ室内合唱団の芸術監督はどなたですか。",
                "記事を配信しているルースキー・ミール財団は、何年に設立された団体ですか。",
                "When is the next edition of the Russia-Japan culture year planned?",
                "日露交流年の次の回はいつ開催される予定ですか。",
                // how to apply, whom to turn to
                "How can our university apply to take part in the Year of Interregional Exchanges?",
                "Как нашему университету подать заявку на участие в Годе межрегиональных обменов и к кому обращаться?",
                "交流年のプロジェクトに参加するには、どこに申し込めばいいですか？",
                // sport: a championship held in a country the articles know is none of their facts
                "Кто выиграл чемпионат мира по футболу, который проходил в России в 2018 году?",
                "Who won the 2018 World Cup in Russia?",
                "2018年のサッカーW杯ロシア大会で優勝した国はどこですか？",
                // a report's byline and its page in print: the articles are the reports' texts, without either
                "Which TASS correspondent wrote the report on Oreshkin's words?",
                "Кто автор заметки ТАСС о встрече глав МИД (подпись корреспондента)?",
                "2021年11月22日付の記事の執筆者は誰ですか？",
                "On which page of the print edition did the TASS item on Oreshkin and the cooperation plan appear?",
                "На какой полосе вышла заметка «Русского мира» о продлении года?",
        })
        void isRefusedSayingWhatIsKnownInstead(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("which no fact states"), r.reason());
        }

        @Test
        void aReasonTheArticleGivesAnswersAMotive() {
            // the cross years' being the first ever is the reason the article gives for 2018's importance
            Answer answer = ask("Why did Zakharova call 2018 important? The real reason.");
            assertTrue(EvalRunner.spokenText(assertInstanceOf(Answer.Answered.class, answer)).contains("first"), answer.toString());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // what a fact says will be made, what a person thought: no outlook, no public opinion asked
                "Что будет выпускать российско-японское совместное предприятие в Московской области?|железнодорож",
                "In Putin's opinion, what did the cultural cross years give to ordinary people in the two countries?|",
                "2018年1月時点の見通しでは、日露外務次官級協議の次回ラウンドは何月に設定されていた？|2月",
                // the next round of talks a fact plans is their next edition
                "When was the next round of deputy foreign minister talks planned?|February",
                // "match" asked of a claim is no sport
                "My textbook says Moscow and Tokyo saw joint business on the southern Kurils as a step toward a peace treaty. Does that match the news reports?|peace treaty",
        })
        void aFutureOrAnOpinionTheFactsTellIsNoOutlook(String question, String lead) {
            Answer.Answered a = answered(question);
            assertTrue(lead == null || EvalRunner.spokenText(a).contains(lead), EvalRunner.spokenText(a));
        }

        @Test
        void aWordOfAnotherSenseIsNoAttribute() {
            // a gift for imagery is no gift given; "presided" is no "President"; a post held is asked without its start
            assertTrue(answered("Prime Minister Shinzō Abe has a certain gift for imagery. What, in his figurative phrase, had "
                    + "Russians and Japanese come to discover in each other during the reciprocal years?").statements().get(0).text().contains("charm"));
            assertTrue(EvalRunner.spokenText(answered("Какой пост занимает Захарова?")).contains("представител"));
        }

        @Test
        void theRefusalTellsWhatTheKnowledgeBaseDoesKnow() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Who succeeded Shinzo Abe?"));
            String card = app.knowledge().entity("abe").orElseThrow().card().description(org.rujp.bot.knowledge.Lang.EN).orElseThrow();
            assertTrue(r.message().contains(card), r.message());
        }

        @Test
        void aCountOfSomethingNoFactCountsIsRefused() {
            assertInstanceOf(Answer.Refused.class, ask("How many Japanese tourists visited Russia in 2019?"));
        }

        @Test
        void anAttributeAFactStatesIsAnswered() {
            assertTrue(answered("Where was Vladimir Putin born?").statements().stream().anyMatch(s -> s.text().contains("Petersburg")));
            assertTrue(answered("RDIFのCEOは誰？").lead().contains("ドミトリエフ"));
            assertTrue(answered("Who is the CEO of RDIF?").lead().contains("Dmitriev"));
        }
    }

    @Nested
    class AMultiPartQuestion {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Who proposed the eight-point plan, and in which year?|Abe|2016",
                "Кто предложил план из восьми пунктов и в каком году?|Абэ|2016",
                // the fact dating the proposal ranks below facts merely about the plan: it is looked for further down
                "Whose idea was the eight-point plan, and what year did it come out?|Abe|2016",
                "How many people did the Cross Year events in Russia bring together, and how many events were there?|1.5 million|600",
                // the year from the fact dating the proposal, not from the 2019 report of the projects; the 130 is the
                // other part's figure, stated by that report
                "what year did Abe propose the plan and how many of its 130 projects are under way?|2016|60",
                "В каком году Абэ предложил план и сколько из 130 проектов уже реализуется?|2016|60",
        })
        void getsEveryPartFirst(String question, String first, String second) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(first) && lead.contains(second), question + " -> " + lead);
            assertTrue(lead.indexOf(first) < lead.indexOf(second), "in the order asked: " + lead);
        }

        @Test
        void namesAPartTheArticlesDoNotAnswer() {
            String lead = answered("Who proposed the eight-point plan, and in which month?").lead();
            assertTrue(lead.contains("Abe") && lead.contains("the month: not in my articles"), lead);
        }
    }

    @Nested
    class AFollowUp {
        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                "В каком месяце решили продлить Год обменов?|А точно когда, какое число?|22 ноября",
                "交流年の延長が決まったのは何月？|正確にはいつ？|11月22日",
        })
        void askingTheDayOfAMonthAnsweredFindsTheFactGivingIt(String first, String then, String day) {
            Answer.Answered a = answered(first);
            Question.Context context = new Question.Context(a.resolvedQuestion(), a.statements().stream().map(s -> s.fact().id()).toList());
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class,
                    app.answerer().answer(new Question(then, Optional.empty(), Optional.of(context))));
            assertTrue(follow.lead().contains(day), then + " -> " + follow.lead());
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                // a fact no one is said to have said: its reporter told it
                "Мне сказали, что Год межрегиональных обменов решили продлить. Это правда?|а кто об этом сообщил?|ТАСС|Путин",
                "Were the interregional exchanges extended?|who reported that?|TASS|Putin",
                // a fact someone said: who said it
                "How much did trade grow in 2018?|who reported that?|Oreshkin|TASS",
                // what was said named besides the verb, after a question telling of its writer's work and region
                "Работаю в рыболовной ассоциации на Хоккайдо, нам важно, как идёт торговля с Россией. Насколько вырос товарооборот между нашими странами в 2018 году?|А кто эту цифру озвучил?|Орешкин|Захарова",
                "Для нас, дальневосточников, тут вообще что-нибудь есть? Сколько японцы инвестировали на Дальнем Востоке?|А кто эти данные приводил?|Галушка|Дмитриев",
                // found by so few words that the fact falls below the threshold, and still the one answered
                "ハバロフスクの大学生です。ゼミの発表用に、2018年に日露の貿易額が何％伸びたのか知りたいです。|その数字を出したのは誰？|オレシキン|ザハロワ",
        })
        void whoReportedWhatWasAnsweredIsItsSpeakerElseItsReporter(String first, String then, String expected, String notThis) {
            Answer.Answered a = answered(first);
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class, askAfter(a, then));
            assertTrue(follow.lead().contains(expected) && !follow.lead().contains(notThis), then + " -> " + follow.lead());
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                "Where did Putin and Abe agree on the interregional year?|and the source?|RIA Novosti",
                // after a count, a part asked is no count again
                "Сколько мероприятий прошло в России в Перекрёстный год?|А источник?|ТАСС",
                "交流年の延長が決まったのはいつ？|出典は？|タス通信",
        })
        void theSourceAskedAloneIsTheReporterOfWhatWasAnswered(String first, String then, String reporter) {
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class, askAfter(answered(first), then), then);
            assertTrue(follow.lead().contains(reporter), then + " -> " + follow.lead());
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                // the card describes the person without naming them: the name leads
                "By what percentage did trade between Russia and Japan grow in 2018?|Who gave that figure, and what post did he hold at the time?|Maxim Oreshkin",
                "На сколько вырос товарооборот в 2018 году?|Кто привёл эту цифру и какой пост он тогда занимал?|Максим Орешкин",
        })
        void aPersonDescribedByReferenceIsNamed(String first, String then, String name) {
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class, askAfter(answered(first), then), then);
            assertTrue(follow.lead().contains(name), then + " -> " + follow.lead());
            String said = EvalRunner.spokenText(follow);
            assertTrue(said.contains("Economic Development") || said.contains("экономического развития"), said);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                "Where did Putin and Abe agree on the interregional year?|so not Vladivostok?|Osaka (not Vladivostok)",
                "Где Лавров и Коно встречались в ноябре 2017 года?|Не в Токио?|Москва (а не Токио)",
                "プーチン大統領と安倍首相が地域交流年に合意したのはどこ？|じゃあ東京ではなかったの？|大阪（東京ではありません）",
                "Who proposed the eight-point plan?|not Putin?|(not Vladimir Putin)",
                // the name answered, given again beside another, is confirmed
                "Где Лавров и Коно встречались в ноябре 2017 года?|Точно в Москве, не в Токио?|Москва",
        })
        void aNameGivenToCheckTheAnswerIsAnsweredByTheFactAnswered(String first, String then, String lead) {
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class, askAfter(answered(first), then), then);
            assertTrue(follow.lead().contains(lead), then + " -> " + follow.lead());
        }

        @Test
        void aFollowUpAskingWhatOfAnotherPlaceAsksAnewNotToCheckTheAnswer() {
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class,
                    askAfter(answered("Where will the Japanese leukaemia drugs be produced?"), "So what's going to the Moscow Region?"));
            assertFalse(follow.lead().contains("not Moscow"), follow.lead());
            assertTrue(follow.statements().get(0).text().contains("railway"), follow.statements().get(0).text());
        }

        @Test
        void aPronounForAThingBesideAPersonsShortNameGoesOnWithTheThing() {
            // "them" are the Cross Years asked of before; "Abe" is a topic word, however short
            Answer.Answered a = answered("What did Putin say about the Cross Years?");
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class, askAfter(a, "And what did Abe say about them?"));
            assertTrue(follow.statements().get(0).text().contains("charm"), follow.statements().get(0).text());
        }

        @Test
        void resolvesItToThePreviousAnswersMainEntity() {
            Answer first = ask("What is the eight-point plan?");
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, first);
            Question.Context context = new Question.Context(a.resolvedQuestion(), a.statements().stream().map(s -> s.fact().id()).toList());
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class,
                    app.answerer().answer(new Question("Who proposed it, and in which year?", Optional.empty(), Optional.of(context))));
            assertTrue(follow.lead().contains("Abe") && follow.lead().contains("2016"), follow.lead());
            assertFalse(follow.lead().contains("TASS"), follow.lead());
        }

        @Test
        void askingWhoSaidWhatWasAnsweredIsAnsweredByThePersonOfThatAnswer() {
            // "その伸び率" refers to the growth: Oreshkin, who gave it, is the one asked for, not a premise of the question
            Answer.Answered a = answered("2018年の日露貿易はどれくらい伸びた？");
            Question.Context context = new Question.Context(a.resolvedQuestion(), a.statements().stream().map(s -> s.fact().id()).toList());
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class,
                    app.answerer().answer(new Question("その伸び率って誰の発言ベース？", Optional.empty(), Optional.of(context))));
            assertTrue(follow.lead().contains("オレシキン"), follow.lead());
        }

        @Test
        void goingOnWithASubjectOfItsOwnIsAnsweredAboutThatSubject() {
            // "and …" joins the last question, but the railway joint venture is what this one asks about
            Answer.Answered a = answered("Name the region where Japanese leukaemia drugs were to be produced");
            Question.Context context = new Question.Context(a.resolvedQuestion(), a.statements().stream().map(s -> s.fact().id()).toList());
            Answer.Answered follow = assertInstanceOf(Answer.Answered.class, app.answerer().answer(
                    new Question("And the region for the railway joint venture?", Optional.empty(), Optional.of(context))));
            assertTrue(follow.lead().contains("Moscow Region"), follow.lead());
        }
    }

    @Nested
    class BusinessWording {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // abbreviations of the common register and currency codes name no one the articles lack
                "Patient KPI: how many Russian patients has the Japanese rehabilitation centre in Vladivostok treated?|2,500",
                "How much, in USD, did Japanese investors put into the Russian Far East?|16 billion",
                // the year given is a bound, not the year asked ("в 2018 году" ends the question)
                "What y/y growth did trade between Russia and Japan show in 2018?|17%",
                // the named one hosts a meeting whose fact gives no host: the other participant is asked
                "Kono was to host his Russian counterpart in spring 2018. Who was it?|Lavrov",
                "В каком году Абэ выкатил свой план из восьми пунктов?|2016",
                // a surname asked for, not the agency: the one who gave the figure
                "Кто источник цифры про 17% роста товарооборота? Нужна фамилия, не агентство|Орешкин",
                // another fact of the article has the speaker in Tokyo that day: no premise the articles contradict
                "At the Tokyo talks on 10 June 2019, who said he wanted a detailed look at the plan before the Osaka summit?|Seko",
                "2020年の交流イベントの動員数はどれくらい？|400,000",
                // a social network named as the channel of the writer's own text names nothing asked
                "Quick one for a LinkedIn post: who runs RDIF?|Dmitriev",
                "SNS投稿で「両国の人々はお互いの魅力に気づいた」という趣旨の首脳の言葉を引用したいんですが、これは誰の発言ですか？|安倍",
                // the act of the one asked follows the noun of their post: quoted, not headed
                "Who's the RDIF head quoted on Japanese and South Korean partners being ready to invest in the Transneft Telecom project?|Dmitriev",
                "2018年の外相会談の予定を発表したロシア外務省の報道官、チラシに名前を載せるので正確な表記を教えてください。|ザハロワ",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "What did JBIC invest in the Russian Far East?", // an organisation's abbreviation stays a name
                "Did Putin announce the interregional year on Twitter?", // a channel asked of, not the writer's
                // currency codes name no one, and a pair of them asks an exchange rate
                "What is the USD/JPY rate today?",
                "Какой сейчас курс USD/RUB?",
                "What is Kirill Dmitriev's compensation?",
                "河野外相のあとを継いだのは誰？",
                // a successor asked by what came after ("の次の", "кто после … стал", "came after")
                "世耕さんの次の経産大臣って誰になった？",
                "кто после орешкина стал министром экономразвития?",
                "who came after Seko as trade minister?",
                "What was Russia-Japan trade in 2018 in absolute terms?",
                "2018年の日露貿易、17%増はわかったけど、実額だといくらだったの？",
        })
        void isRefusedWhenTheArticlesDoNotSay(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a person's position, though the agency quoting them is named first
                "Sputnik quotes Galushka a lot. What is his job?|Far East",
                "ガルーシカ氏は何担当の大臣？|極東",
        })
        void aPositionIsTheCardOfThePersonAskedOf(String question, String expected) {
            String said = answered(question).statements().get(0).text();
            assertTrue(said.contains(expected), question + " -> " + said);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "What is the end goal of the joint economic activity on the Southern Kurils, as the two sides see it?|peace treaty",
                // "両国は" is "both countries", no question for a country; "足がかり" asks what it is a step towards
                "北方四島での共同の経済事業について、両国はそれを最終的に何を結ぶための足がかりと位置づけていたのでしょうか。|平和条約",
        })
        void aQuestionAskingTheGoalOfAPlanIsNoPremiseThatItWasReached(String question, String goal) {
            Answer.Answered a = answered(question);
            assertTrue(a.statements().get(0).text().contains(goal) && a.lead().isEmpty(), a.lead() + " / " + a.statements().get(0).text());
        }
    }

    @Nested
    class AValueGivenToBeChecked {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a venue, asked for or to be confirmed, is corrected at its own granularity
                "Lavrov and Kono's talks in late November - were those held in Tokyo? need the city confirmed|Moscow|not Tokyo",
                "Переговоры Лаврова и Коно в конце ноября прошли в Токио, верно?|Москв|Токио",
                // a year given with the question asking for it, or to be confirmed
                "安倍首相が8項目の協力プランを出したのって2017年でしたっけ？|2016|2017",
                "Is it true that Abe proposed the eight-point plan in 2015?|2016|not 2015",
                // a count guessed, hedged, in a question asking the count
                "Japanese investors put roughly 10 billion dollars into the Far East, how much exactly?|16 billion|not 10",
                "Кажется, японцы вложили около 10 миллиардов долларов в Дальний Восток. Сколько именно?|16 млрд|10",
                "日本の投資家は極東に確か10億ドルくらい投資したと記憶しておりますが、正確にはいくらでしたでしょうか。|160億|10億",
        })
        void isCorrectedByWhatTheArticlesSay(String question, String value, String claimed) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(value) && lead.contains(claimed), question + " -> " + lead);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // a year not given to be checked: the premise is refused, not corrected
                "Did Abe propose the eight-point plan in 2015?",
                "Why did Putin propose the eight-point plan in 2015?",
                // two details given: the other may be as wrong as the one corrected
                "The November 2018 talks between Lavrov and Kono were in Tokyo, correct?",
                "姉妹都市交流年が合意されたのって2018年の東京での首脳会談だよね？確認したい",
        })
        void isRefusedWhenNotAskedToBeCheckedOrWhenNothingElseIsWrong(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @Test
        void aValueTheArticlesShareIsNoCorrection() {
            String lead = answered("Putin and Abe met in Vladivostok in 2017, correct?").lead();
            assertFalse(lead.contains("(not"), lead);
        }
    }

    @Nested
    class FormalWording {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // titles, patronymics, old names and spellings are no names the articles lack
                "In which year, by the account of ITAR-TASS, did Russo-Japanese relations enter what was called a new stage?|2016",
                "Who held the post of Japanese Minister for Foreign Affairs whom Sergey Viktorovich Lavrov was due to meet in Japan in the spring of 2018?|Kono",
                "ロシア外務省のザハーロワ報道官が、2018年は日露関係にとって格別の重みを持つ年になるとの見方を示したのは何年何月何日？|1月12日",
                "サンクトペテルブルク、われわれの世代にとっては旧レニングラードですが、この街と姉妹都市の関係にある日本の都市はどこでしょうか。|大阪",
                // the act asked is read in the question's own sentence, not in the context before it
                "Madame Zakharova mentioned a further round of consultations at the level of deputy ministers. In which month of 2018 was that round to be held?|February",
                // a question of nothing but its question word asks of the act before
                "TASS quoted a Russian minister in Tokyo praising the plan's results ahead of his meeting with Seko. Which minister?|Oreshkin",
                "Before his meeting with Japan's trade minister in Tokio on 10 June 2019, which Russian minister asserted that the cooperation plan was bearing results?|Oreshkin",
                "オレシュキン大臣の言によれば、2018年の日露間の貿易はどの程度の伸びを示したのでしょうか。パーセントでお示しください。|17",
                // an aside listing sums is not what is asked
                "極東向けの日本からの投資実績（総額・案件数）を公表したロシア側の大臣、氏名|ガルーシカ",
                // a statement of readiness quoted is asked as said, not as done
                "スプートニク通信が東京発で伝えた、日本はロシアとの経済関係の発展に引き続き取り組む用意がある、との発言は、日本政府のどなたによるものでしたか。|世耕",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }
    }

    @Nested
    class ASearchBeforeAQuestionWord {
        @Test
        void asksByItsNounOnlyWhenTheQuestionWordStandsAlmostAlone() {
            // "figurative" is no "figure" asked: the question after the dash asks by its own words
            Answer.Answered a = answered("Abe's figurative line on the cross years - what quality did he say Russians and Japanese had"
                    + " discovered in one another?");
            assertTrue(a.lead().isEmpty() && a.statements().get(0).text().contains("figuratively"), a.lead());
            assertLeadHas("osaka's twin city on the russian side - which one exactly?", "Petersburg");
            // an indefinite "какого-то" before a choice of cities asks which of them
            assertLeadHas("Поправьте меня, если ошибаюсь: осака ведь город-побратим какого-то нашего города — Петербурга или Владивостока?",
                    "Петербург");
        }
    }

    @Nested
    class QuizWording {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which of these proposed the eight-point plan: A) Putin, B) Abe, C) Seko|Abe|Putin",
                "Кто из них предложил план из 8 пунктов: А) Путин, Б) Абэ, В) Сэко|Абэ|Путин",
                "次のうち8項目の協力プランを提案したのは誰か：A プーチン B 安倍 C 世耕|安倍|プーチン",
                "Fill in the blank: Abe's cooperation plan has ___ points|8|130",
                "Complete the sentence: over 60 of the ___ projects are already being implemented|130|60",
                "Назовите японского министра, который должен был встретиться с Лавровым весной 2018 года|Коно|2018",
                "State the year the Russia-Japan cross years began|2018|TASS",
                "Верно или нет: товарооборот России и Японии вырос на 15% в 2018 году|17%|2018",
                "大阪の姉妹都市を答えよ|サンクトペテルブルク|大阪",
                "2018年春にラブロフ外相と会談する予定だった日本の外相の名前を書け|河野|ラブロフ",
        })
        void isAnsweredAsTheQuestionItStandsFor(String prompt, String expected, String notThis) {
            assertLeads(prompt, expected, notThis);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // "bonus" is the quiz's label, not a salary asked
                "Bonus: name the Russian twin city of Osaka|Petersburg|Putin",
                "Бонус: назовите город-побратим Осаки|Петербург|Путин",
                "第3問：大阪の姉妹都市は？|サンクトペテルブルク|大阪",
                // a blank before a month asks the day
                "Putin and Abe met in Vladivostok on ___ September 2017|7 September|TASS",
        })
        void isAnsweredWithoutItsLabel(String prompt, String expected, String notThis) {
            assertLeads(prompt, expected, notThis);
        }
    }

    /** A search of keywords alone asks by its last noun of a kind, in the three languages. */
    @Nested
    class KeywordSearches {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "lavrov kono meeting 2017 city|Moscow|Japan",
                "oreshkin seko meeting date|10 June 2019|2016",
                "8 point plan proposer|Abe|Oreshkin",
                // "year" in a programme's name asks no year
                "japan projects count exchange year|150|2021",
                // a day of the week asked by its noun
                "заседание подкомиссии день недели|онедельник|2019",
                "小委員会 会合 曜日|月曜|2019",
                "galushka investment far east amount|16 billion|Galushka",
                "встреча лавров коно 2017 город|Москв|Япони",
                "орешкин сэко встреча дата|10 июня 2019|2016",
                "план 8 пунктов автор|Абэ|Орешкин",
                "2017年11月に外相会談が行われた都市|モスクワ|日本",
                // a head of a body, a site of production
                "RDIF 総裁|ドミトリエフ|RDIF",
                "rdif ceo|Dmitriev|Sputnik",
                "白血病薬 生産地|ヤロスラブリ|世耕",
                "leukaemia drugs production site|Yaroslavl|Moscow",
                // "人" after a verb is the person who did it
                "地域交流年 発表した人|プーチン|大阪",
                "協力プラン 言い出した人|安倍|世耕",
                // a birth word with the place after it ("自身の故郷サンクトペテルブルクの姉妹都市である大阪")
                "プーチン 故郷|サンクトペテルブルク|大阪",
                // the last noun before a closing year; people last count them; "Год обменов" is a name, not the year asked
                "deputy fm talks month 2018|February|Lavrov",
                "2020 exchanges participants|400,000|2020",
                "год обменов старт месяц|январ|2021",
                // two nouns joined at the end: the first leads, as in a question in parts
                "zakharova announcement date and venue|12 January 2018|Zakharova",
        })
        void isAnsweredByItsLastNoun(String search, String expected, String notThis) {
            assertLeads(search, expected, notThis);
        }

        @Test
        void aSearchGivingTheYearDoesNotAskIt() {
            // "year" last, a year given before it: the year said to be special, not one asked
            Answer.Answered answer = answered("zakharova 2018 special year");
            assertFalse(answer.lead().startsWith("2018"), answer.lead());
            assertTrue(answer.statements().get(0).text().contains("special importance"), answer.statements().get(0).text());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // a city next to a word of meeting is its venue: the spring 2018 meeting was to be in Japan
                "lavrov kono spring 2018 meeting moscow",
                "встреча лавров коно москва весна 2018",
                "seko visit moscow",
                // a search's last word that may be a person's attribute, of the person just before it
                "Путин рост",
        })
        void withAWrongVenueOrAnAttributeTheArticlesLackIsRefused(String search) {
            assertInstanceOf(Answer.Refused.class, ask(search), search);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "putin abe vladivostok meeting day|7 September 2017|Osaka",
                // Noskov was at Seko's talks of 10 June 2019, which another fact of the article places in Tokyo
                "東京 会談 ノスコフ 郵便|coop19-noskov-postal|",
                // "рост" after the trade is its growth, not Oreshkin's height
                "орешкин товарооборот рост|coop19-trade-up-17|",
        })
        void withTheRightVenueOrAThingsGrowthIsAnswered(String search, String expected, String notThis) {
            Answer.Answered answer = answered(search);
            String said = answer.lead() + " " + answer.statements().get(0).fact().id();
            assertTrue(said.contains(expected) && (notThis == null || !said.contains(notThis)), search + " -> " + said);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a question that ends with a question mark and a kind speaks of the kind: it does not ask a person
                "На результаты чего должен был опираться февральский раунд переговоров заместителей министров?|fm18-february-round-basis",
        })
        void endingWithAQuestionMarkIsNoSearch(String question, String fact) {
            assertEquals(fact, answered(question).statements().get(0).fact().id(), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "And the region for the railway joint venture?|Moscow Region|Yaroslavl",
                "А регион для совместного предприятия по железнодорожным системам?|Московск|Ярослав",
        })
        void aTurnOpeningWithAndStillAsksItsNoun(String question, String expected, String notThis) {
            assertLeads(question, expected, notThis);
        }
    }

    /** A question asking for all of a list is answered by the fact that enumerates it, not by one that counts it. */
    @Nested
    class AListAskedInFull {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "List the five sectors the foreign ministries picked for joint projects on the islands",
                "island projects five areas",
                "Перечислите направления совместной деятельности на островах",
                "共同経済活動 分野",
        })
        void isAnsweredByTheFactListingIt(String question) {
            assertEquals("fm18-five-island-projects", answered(question).statements().get(0).fact().id(), question);
        }

        @Test
        void oneItemAskedIsNoList() {
            // "in which sector" asks one: the fact of the minister quoted, not the plan's list of areas
            String fact = answered("According to Japan's trade chief, in which sector should fresh steps be taken to move the "
                    + "economic partnership on?").statements().get(0).fact().id();
            assertTrue(fact.startsWith("econ-"), fact);
        }
    }

    /** Japanese writes a title after a name, and 何 as the object of a verb. */
    @Nested
    class JapaneseWording {
        @Test
        void aTitleAfterANameAsksNothing() {
            assertLeads("日本人投資家は極東にいくら投資したとガルシカ大臣は言った？", "160億", "誰");
        }

        @Test
        void whatSomethingWasLikenedToAsksNoYear() {
            String lead = answered("文化の交流年を安倍首相は何にたとえた？").lead();
            assertFalse(lead.contains("年"), lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the input method's other kanji of the same reading (安部 for 安倍), a katakana name one sound off
                "安部 8項目 提案 年|coop19-new-stage-2016",
                "ガルーシュカ 投資|econ-galushka-16-billion",
                "ザハロア 発表|fm18-zakharova-announcement",
        })
        void aMistypedNameIsReadAsTheNameItIsNear(String question, String fact) {
            java.util.List<String> cited = answered(question).statements().stream().map(s -> s.fact().id()).toList();
            assertTrue(cited.contains(fact), question + " -> " + cited);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ナワリヌイ 発言", "京都 姉妹都市"})
        void aNameNearNoneOfTheKnowledgeIsStillUnknown(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @Test
        void crossYearInKatakanaIsTheCrossYears() {
            assertEquals("iy19-abe-charm", answered("安倍 例え クロスイヤー").statements().get(0).fact().id());
        }
    }

    @Nested
    class AMessageThatTellsOfItsWriter {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the names of the writer's family, town and paper are no names asked about
                "Hello, I hope you are well. My name is Margaret and I live in Yorkshire. My grandson Tom has been studying "
                        + "Japanese at university in Kyoto, and he keeps sending me articles. I can't remember who it was that "
                        + "proposed the cooperation plan with eight points, could you remind me? Thank you so much.|Shinzo Abe",
                "Good afternoon. I used to teach geography in Manchester, and I still love maps. I read in The Times that a "
                        + "Japanese rehabilitation centre was opened in the Russian Far East. Where exactly is it?|Vladivostok",
                // a question word of the writer's story ("When I was young") asks nothing
                "When I was young I lived in Saint Petersburg. Which Japanese city is its twin?|Osaka",
                "Здравствуйте! Меня зовут Галина Петровна, я живу в Калуге. Мой внук Серёжа учится в Токио и рассказывал мне, "
                        + "что между Россией и Японией был год межрегиональных обменов. Не подскажете, кто его объявил?|Путин",
                "こんにちは。私は札幌に住んでいる主婦でございます。孫が京都の大学に通っております。ところで、八項目の協力プランを"
                        + "提案なさったのはどなたでしたでしょうか。|安倍",
                "いつもお世話になっております。主人が昔、横浜の商社に勤めておりました。先日新聞で、日本の投資家がロシア極東に投資を"
                        + "したと読みました。いくらくらいだったか、教えていただけますか。|160億",
                // a place told of before the question is no place the question names: it may be the answer
                "先日テレビでヤロスラブリという町を見ました。白血病の薬はどこで作られることになっているのでしょうか。|ヤロスラブリ州",
        })
        void isAnsweredByWhatItAsks(String message, String expected) {
            assertLeadHas(message, expected);
        }

        @Test
        void stillRefusesANameInWhatItAsks() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class,
                    ask("My grandson lives in Osaka. When did Putin meet Kishida in Vladivostok?"));
            assertTrue(r.reason().contains("Kishida"), r.reason());
        }

        @Test
        void keepsTheSentenceItRefersBackTo() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Putin met Kishida in Vladivostok. When was that?"));
            assertTrue(r.reason().contains("Kishida"), r.reason());
        }
    }

    @Nested
    class AGuessedCount {
        @Test
        void thatIsRightIsAnsweredPlainly() {
            assertLeads("How many events did the Cross Years programme have, about 700?", "700", "not");
        }

        @Test
        void aNumberThatIsNoGuessBoundsTheCount() {
            assertLeads("How many of the 130 projects were being implemented?", "60", "not 130");
        }
    }

    @Nested
    class JapaneseLeftInKana {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "河野太郎って だれ|card-kono",
                "ラブロフさんの しごとは なに|card-lavrov",
                "ザハロワさんって どういう ひと|card-zakharova",
                "ルースキーミールって なに|card-russkiy-mir",
        })
        void isReadAsWrittenInKanji(String question, String card) {
            assertEquals(card, answered(question).statements().get(0).fact().id(), question);
        }

        @Test
        void aVerbInKanaIsTheVerbOfItsRole() {
            assertLeadHas("交差年の 閉幕コンサートでは だれが うたう", "合唱団");
        }
    }

    @Nested
    class AMessageTypedInAHurry {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "who proposd the eight-piont plan|Abe",
                "wen did putin and abe meet in vladivostok|2017",
                "how much did RU-JP trade grow in 2018|17%",
                "when did the RU and JP leaders meet in vladivostok|2017",
                "日露の強力プランは誰が提案した|安倍",
                "ｵﾚｼｷﾝと会ったのは誰|世耕",
                // a noun before what it counts asks a count, not the day: "какое число проектов"
                "Какое число проектов уже реализуется в рамках плана из 8 пунктов?|60",
                // a body asked by a noun the knowledge calls none by ("会議体") is any body
                "交流年の延長を協議した会議体はどこ|政府間委員会",
                // a noun of a kind directly before どこ, or before どことどこ, asks one of that kind
                // 何個 counts whatever the question names, as いくつ does
                "130のプロジェクトのうち何個が実施されてる|60",
                "物流の機材出してる会社どこ|東芝",
                "交差年の閉会式で歌う合唱団はどことどこ|児童合唱団",
                // the two countries named as a pair name no place: the country of the meeting answers
                "where was the russia-japan foreign ministers meeting planned in spring 2018|Japan",
        })
        void isAnsweredAsIfTypedWithCare(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "populaton of vladivostok?|population",
                "whats the wether in tokyo today|weather",
                "who was oreshkins succesor|successor",
                "какое населеие у владивостока|population",
                "возрст сэко|age",
        })
        void anAttributeTypedALittleWrongIsStillOneTheArticlesDoNotGive(String question, String attribute) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains(attribute), r.reason());
        }
    }

    @Nested
    class ALearnersQuestion {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // names as a Japanese speaker spells them, with a title joined to them
                "Rabrov and Kono met where in november?|Moscow",
                "what year Puchin and Abe-san agree about interregional year?|2019",
                "Когда Рабров и Коно встречались в Москве?|2017",
                "プティン さん の ふるさと は どこ ですか|サンクトペテルブルク",
                // words left in hiragana, spaces between words, an English word of the knowledge in a Japanese question
                "8 point プラン は だれ が ていあん しました か|安倍",
                "ロシア に きかい を だす 日本 の かいしゃ は どこ ですか|東芝",
                "地域間 の 交流年 は なんがつ に はじまりました か|1月",
                "ロシア と 日本 の trade は 2018年 に なん パーセント ふえました か|17",
                // a word of when after how many, and a duration asked with a word of time
                "from 130 projects of the plan, how many already is realising?|60",
                "На сколько времени продлили Год межрегиональных обменов?|1 год",
        })
        void isAnsweredAsIfWrittenByANativeSpeaker(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a question naming Japan's place where the facts give a Russian one
                "ラヴロフ と コノ の はる の 会談 は 日本 の どの まち で ありました か",
                "Which Japanese city did Lavrov and Kono meet in, in November 2017?",
                "В каком японском городе встречались Лавров и Коно в ноябре 2017?",
                // a successor asked by who took the post after someone
                "Who became foreign minister of Japan after Kono-san?",
                "Кто стал министром экономического развития после Орешкина?",
                // a false premise with its verb in hiragana
                "ロシア と 日本 の ぼうえき は 2018年 に 17% へりました。どうして へった の です か？",
        })
        void isRefusedWhereTheArticlesDoNotSaySo(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @Test
        void aTitleWithItsStopBeforeANameEndsNoSentence() {
            Answer.Answered a = answered("who is Mr. Putin");
            assertTrue(a.lead().isEmpty() && a.statements().get(0).text().startsWith("President of Russia"), a.lead());
        }

        @Test
        void aNameOfAnotherPersonAskedAfterOneIsNoSuccessor() {
            assertLeadHas("Who did Lavrov meet after the talks in Moscow?", "Kono");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Who announced that meeting in Japan?|What is her job?|spokeswoman",
                "Кто объявил о встрече в Японии?|Какая у неё должность?|представитель",
                "その 会談 の こと を はっぴょう した 人 は だれ ですか|かのじょ の しごと は 何 ですか|報道官",
        })
        void aPositionAskedOfSomeoneJustNamedIsTheirCardLedByThePost(String first, String followUp, String position) {
            Answer.Answered a = answered(first);
            Question next = new Question(followUp, Optional.empty(), Optional.of(new Question.Context(a.resolvedQuestion(),
                    a.statements().stream().map(st -> st.fact().id()).toList(), a.lead())));
            Answer.Answered second = assertInstanceOf(Answer.Answered.class, app.answerer().answer(next));
            assertTrue(second.lead().contains(position) && second.statements().get(0).fact().id().equals("card-zakharova"), second.lead());
        }
    }

    @Nested
    class AReportOfAPlan {
        @Test
        void namesTheAgencyItQuotes() {
            assertLeadHas("Which news agency did Russkiy Mir quote in its report about the Osaka agreement?", "RIA");
        }

        @Test
        void isAskedAsPlannedWhenTheQuestionSaysItWasTheStory() {
            Answer.Answered a = answered("外務次官級の協議、次の回は何月の予定だった？");
            Question next = new Question("それは何の結果を踏まえてやるって話だった？", Optional.empty(), Optional.of(new Question.Context(
                    a.resolvedQuestion(), a.statements().stream().map(st -> st.fact().id()).toList(), a.lead())));
            Answer.Answered second = assertInstanceOf(Answer.Answered.class, app.answerer().answer(next));
            assertTrue(second.statements().stream().anyMatch(st -> st.text().contains("作業部会")), second.statements().get(0).text());
        }

        @Test
        void aFollowUpAskingWhoSaidItInTheImperfectiveNamesTheSpeaker() {
            Answer.Answered a = answered("Сколько японские инвесторы вложили в Дальний Восток и в сколько проектов?");
            Question next = new Question("а кто это заявлял?", Optional.empty(), Optional.of(new Question.Context(
                    a.resolvedQuestion(), a.statements().stream().map(st -> st.fact().id()).toList(), a.lead())));
            assertTrue(assertInstanceOf(Answer.Answered.class, app.answerer().answer(next)).lead().contains("Галушка"));
        }
    }

    @Nested
    class ASisterCity {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which Russian city is twinned with Osaka?|Saint Petersburg",
                "С каким городом побратим Осака?|Петербург",
                "大阪の姉妹都市はどこ|サンクトペテルブルク",
        })
        void ofACityTheArticlesTwinIsAnswered(String question, String city) {
            assertLeadHas(question, city);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Which Japanese city is sister city of Vladivostok?", "Какой город побратим Владивостока?",
                "ウラジオストクの姉妹都市はどこ"})
        void ofACityTheArticlesTwinWithNoneIsRefused(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("twin"), r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the articles date someone's words about a birthplace or a twinning, never the birth or the twinning
                "When was Putin born?|birth",
                "В каком году родился Путин?|birth",
                "大阪とサンクトペテルブルクが姉妹都市になったのは何年？|twin",
        })
        void whenAStateTheArticlesNeverDateBeganIsRefused(String question, String attribute) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains(attribute), r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a time asked of words about it, or of the programme named after sister cities, is answered
                "When did Putin say he was glad to announce the events in his native city?|2019",
                "what year was it decided in osaka to hold the sister cities year?|2019",
        })
        void theTimeOfWordsAboutItIsAnswered(String question, String year) {
            assertLeadHas(question, year);
        }
    }

    @Nested
    class AQuestionAskingWhy {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the fact the article gives as the reason comes first, then the fact it explains
                "Why did Zakharova call 2018 a special year?|fm18-cross-years-first-time",
                "Почему Захарова назвала 2018 год особым?|fm18-cross-years-first-time",
                "なぜ セコ さん は ロシア に かんしゃ しましたか|coop19-tsukuba-results",
                "Why did Seko thank Russia?|coop19-tsukuba-results",
                // the grounds asked for ("根拠") are a reason asked
                "ザハロワ報道官は2018年が日露関係にとって特別に重要な年になると述べました。その根拠として何を挙げていましたか？|fm18-cross-years-first-time",
        })
        void isAnsweredByTheReasonFirst(String question, String reason) {
            assertEquals(reason, answered(question).statements().get(0).fact().id(), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // facts that give no reason nor aim: the bot does not know why, and says what the articles do say
                "why was the interregional year extended?|I don't know why|extend",
                "Почему продлили год обменов?|Не знаю почему|продл",
                "交流年はなぜ延長されたの？|理由はわかりません|延長",
                "Why did trade between Russia and Japan grow by 17% in 2018?|I don't know why|17%",
        })
        void isRefusedSayingWhatTheArticlesSayWhenTheyGiveNoReason(String question, String told, String said) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.message().startsWith(told), r.message());
            assertTrue(r.message().contains(said), r.message());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the Japanese text of the reason has no word of cause, its English has ("because Osaka is the sister
                // city of his home city")
                "プーチンが大阪で発表できて特にうれしいって言ってた理由なに|iy19-osaka-pleased",
                // a fact another names as its reason ("2018 is special": the cross years are held for the first time)
                "Why was 2018 such a special year for Russia and Japan?|fm18-cross-years-first-time",
        })
        void isAnsweredWhenAFactGivesTheReasonInAnotherLanguageOrIsNamedAsOne(String question, String fact) {
            Answer.Answered a = answered(question);
            assertTrue(a.statements().stream().anyMatch(s -> s.fact().id().equals(fact)), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a reason the fact names, or one its text gives ("as an outcome of the talks")
                "Why did Zakharova call 2018 a special year?",
                "Why did Russia and Japan decide to hold a Year of Interregional Exchanges?",
        })
        void isNotToldSoWhenAFactGivesTheReason(String question) {
            assertEquals("", answered(question).lead(), question);
        }

        @Test
        void aQuestionNotAskingWhyIsAnsweredByWhatWasSaid() {
            assertEquals("fm18-year-of-importance", answered("What did Zakharova say about 2018?").statements().get(0).fact().id());
        }
    }

    @Nested
    class AQuestionOfThePresent {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the articles know who held a post as of their dates: the holder is named as of then
                "Who is the current Japanese prime minister?|As of |Shinzo Abe",
                "Кто сейчас премьер-министр Японии?|На |Синдзо Абэ",
                "今の日本の首相は誰|時点|安倍",
                // read as typed right: "curent" is "current"
                "whos the curent japanese pm|As of |Shinzo Abe",
        })
        void namesTheHolderAsOfTheArticlesDate(String question, String asOf, String holder) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(asOf) && lead.indexOf(asOf) < lead.indexOf(holder), question + " -> " + lead);
        }

        @Test
        void aQuestionOfThePastIsLedByTheNameAlone() {
            String lead = answered("Who was Japan's prime minister in 2019?").lead();
            assertTrue(lead.startsWith("Shinzo Abe"), lead);
        }
    }

    @Nested
    class ThePartOfAMonth {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a date of the month only is led with the part of the month the fact gives
                "When were Abe and Putin supposed to meet in Osaka?|late June 2019",
                "Когда Путин и Абэ должны были встретиться в Осаке?|конце июня 2019",
                "安倍とプーチンの大阪での会談はいつの予定だった|2019年6月下旬",
                "When did Lavrov and Kono hold talks in Moscow?|late November 2017",
        })
        void leadsADateOfTheMonthOnly(String question, String expected) {
            assertLeadHas(question, expected);
        }
    }

    @Nested
    class TheDateOfAReport {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the fact dates only its report: the report's day answers when it was reported
                "When was the closing concert of the Cross Years reported?|1 July 2019",
                "閉幕コンサートはいつ報じられた|2019年7月1日",
                // a programme dated by someone's words about it is dated by the fact dating the programme itself
                "When did the Cross Years start?|2018",
                "その 交差年って いつ やってたの|2018",
        })
        void answersWhenItWasReportedAndTheEventWhenItHappened(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @Test
        void aYearSaidIsTheYearOfWhatWasSaid() {
            assertLeads("日露関係が新しいステージに入ったって言われてるのは何年？", "2016", "2019");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the best fact is the plan's 2019 report; the next one dates the proposal
            "Did Abe propose the eight-point plan in 2016?",
            "True or false: Abe proposed the eight-point plan in 2016",
    })
    void aBestFactOfAnotherYearLetsANearOneOfTheYearAskedAnswer(String question) {
        String fact = answered(question).statements().get(0).fact().id();
        assertTrue(fact.equals("coop19-plan-proposed-2016") || fact.equals("coop19-new-stage-2016"), question + " -> " + fact);
    }

    @Nested
    class AChoiceOffered {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the wrong options are no premises ("April") and no unknown names ("Omsk")
                "When did the interregional exchanges year get going: in April, in January or in June?|January",
                "Где японцы открыли реабилитационный центр: в Омске, во Владивостоке или в Хабаровске?|Владивосток",
                "2018年の日露貿易の伸びは次のうちどれ？ 7% 17% 70%|17",
                "日本の白血病の薬を作るのはロシアのどこ？ 次のうちどれ ヤロスラヴリ州 トムスク州|ヤロスラ",
                // a choice the fact states with no value to lead with: the option it states leads
                "For how long was the exchanges year extended: three months, one year or five years?|year",
                // the option written as the question writes it, beside the knowledge's own spelling
                "С какой японской фирмой работает Почта России по логистическим центрам: Hitachi, Toshiba или Sony?|Toshiba",
        })
        void leadsWithTheOptionTheFactsState(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which one is not a field of Abe's eight-point plan: energy, tourism, shipbuilding, small business?|shipbuilding|energy",
                "Что здесь лишнее, если говорить о проектах на Южных Курилах: аквакультура, туризм, добыча золота?|золот|туризм",
        })
        void askedWhichIsNotLeadsWithTheOptionsTheFactsLeaveOut(String question, String expected, String notThis) {
            assertLeads(question, expected, notThis);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "What happened earlier: the Lavrov-Kono talks in Moscow, or Putin meeting Abe in Vladivostok?|Vladivostok|Moscow",
                "Что раньше: договорённость в Осаке о Годе обменов или встреча Путина и Абэ во Владивостоке?|Владивосток|Осак",
                "どっちが先？ ウラジオストクでのプーチン・安倍会談と 大阪での交流年の合意|ウラジオストク|大阪",
                // each option asked to have come first, the topic before them
                "プーチンと安倍が会ったのってウラジオストクが先だっけ、大阪が先だっけ？|ウラジオストク|大阪",
                "交流年の延長が先だっけ、大阪での合意が先だっけ？|大阪|延長",
                // a comma after the ask stands for a colon
                "Which came first, the Vladivostok meeting of Putin and Abe or the Osaka agreement on the exchanges year?|Vladivostok|Osaka",
        })
        void askedWhichCameFirstLeadsWithTheEarlierOneAndSaysBoth(String question, String expected, String notThis) {
            Answer.Answered a = answered(question);
            assertTrue(a.lead().contains(expected) && !a.lead().contains(notThis), question + " -> " + a.lead());
            assertEquals(2, a.statements().size(), question + " -> " + a.statements());
        }

        @Test
        void whenTheDatesDoNotTellWhichCameFirstBothFactsAreSaidWithNoLead() {
            // the Tsukuba meeting of 8-9 June 2019 against the Osaka agreement of June 2019
            Answer.Answered a = answered("Что было раньше, встреча в Цукубе или договорённость в Осаке?");
            assertEquals("", a.lead());
            assertEquals(2, a.statements().size(), a.statements().toString());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // two events offered, the fact's own venue among them: the one the fact tells of, no wrong venue claimed
                "Seko thanked Russia for its participation: was that about the Osaka summit or the G20 ministerial meeting in Tsukuba?|Tsukuba",
                "Сэко сказал российской стороне: «Ваше участие позволило нам добиться значимых результатов». Это он про саммит в Осаке или про министерскую встречу G20 в Цукубе?|Цукуб",
        })
        void ofTwoEventsOfferedTheOneTheFactTellsOfAnswers(String question, String expected) {
            Answer.Answered a = answered(question);
            assertTrue(EvalRunner.spokenText(a).contains(expected) && !a.lead().contains("Osaka"), a.lead());
        }
    }

    @Nested
    class ThePageAroundAnArticle {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "When did the Russian and Japanese navies hold joint naval drills near Somalia?|teaser|Sputnik",
                "Что за книгу написал итальянец Марко Маджи?|teaser|Russkiy Mir",
                // the teaser named by an inflected word for who wrote it
                "в заметке русского мира внизу книга итальянца про россию, как называется|teaser|Russkiy Mir",
                "アデン湾の日露合同演習はいつ始まった？|teaser|Sputnik",
                "what was the humidity that day on the sputnik page|widget|Sputnik",
                "Сколько стоит создание сайта в Кемерово?|ad|Sputnik",
                // a photo's credit: the photographer TASS names, the sites Russkiy Mir's pictures come from
                "Who is credited as photographer on the TASS picture of Oreshkin, Seko and Noskov?|photo|TASS",
                "Кто автор фото в статье ТАСС?|photo|TASS",
                "Is the photo in the 2021 Russkiy Mir article from the Russian Ministry of Defence?|photo|Russkiy Mir",
        })
        void aQuestionAboutItsFurnitureIsToldItIsNoPartOfTheArticle(String question, String kind, String publisher) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains(kind) && r.reason().contains(publisher), question + " -> " + r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the articles' own joint projects are no teaser's drills
                "Where will Japan and Russia launch a joint venture?|Moscow",
                "Какой город побратим Осаки?|Петербург",
        })
        void aQuestionAboutTheArticleIsAnswered(String question, String expected) {
            assertLeadHas(question, expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a city asked by a noun of its own ("sister city", "home town") after "what is" and whose it is
            "What is the sister city of Osaka?|Petersburg",
            "What is Osaka's sister city in Russia?|Petersburg",
            "hey um what's osakas sister city over in russia|Petersburg",
            "What was Putin's home town?|Petersburg",
    })
    void aCityAskedByItsTiesLeadsWithTheCity(String question, String expected) {
        assertLeads(question, expected, "Osaka.");
    }

    @Nested
    class ASeasonAsked {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // the spring meeting was only planned; the November talks are no answer for the spring
                "Did Lavrov and Kono end up meeting that spring, and what did they sign?",
                "Чем в итоге закончилась весенняя встреча Лаврова и Коно?",
                "Where did Putin and Abe meet in the winter of 2017?",
        })
        void aFactOfAnotherSeasonDoesNotAnswer(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Where did Lavrov and Kono meet in the autumn of 2017?|Moscow",
                "Где Путин и Абэ встречались осенью 2017 года?|Владивосток",
                "2019年の夏に交流年の合意があったのはどこ？|大阪",
        })
        void aFactOfThatSeasonAnswers(String question, String expected) {
            assertLeadHas(question, expected);
        }
    }

    @Nested
    class TheMeetingAsked {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the occasion slot of the fact: the meeting at which it happened
                "At what meeting did Seko say Japan was ready to keep developing economic ties with Russia?|joint meeting",
                "На каком заседании обсуждали продление Года обменов?|На заседании подкомиссии",
                "地域交流年の延長はどんな会議で話し合われたの？|分科会の会合",
                "日本はロシアとの経済関係の努力を続けるってせこう大臣が言ったのってなんの会議|合同会議",
                "世耕大臣がロシアとの経済関係推進への意欲を示したのは、東京で開かれたどのような会議の席上でしたか。|合同会議",
                // "where" of a fact that names no place: the meeting
                "Where was the extension of the exchanges year discussed?|subcommittee",
                "where were the choirs to perform?|ceremony",
        })
        void isLedByTheOccasionOfTheFact(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @Test
        void eachPartIsAskedWithItsOwnVerb() {
            // discussed: a meeting; reported: the publishers, not a participant of the meeting
            String lead = answered("Where was the extension discussed and who reported it?").lead();
            assertTrue(lead.contains("subcommittee") && lead.contains("Russkiy Mir"), lead);
        }

        @Test
        void aFactOfAnotherTimeOnTheSameSubjectFillsNoPart() {
            // Putin announced the year in 2019; the extension was discussed in 2021
            String lead = answered("Где обсуждали продление года побратимских обменов и кто об этом сообщил?").lead();
            assertTrue(lead.contains("подкомиссии") && !lead.contains("Путин"), lead);
        }

        @Test
        void whatKindOfBodyIsStillADescription() {
            // "どういう" with a meeting asks which meeting; with a body, what it is
            assertEquals("", answered("RDIFってどういう組織？").lead());
        }

        @Test
        void aMeetingTheQuestionNamesIsNoPlaceOfItself() {
            // the closing concert is the occasion: where it will be held, the articles do not say
            assertInstanceOf(Answer.Refused.class, ask("Где и когда именно пройдёт концерт закрытия Перекрёстных годов?"));
        }

        @Test
        void aPartTheDecidingFactLacksIsFilledByAnotherFactOnTheSameSubject() {
            Answer.Answered a = answered("На какой срок продлили Год межрегиональных обменов и где это обсуждали?");
            assertTrue(a.lead().matches("(?i)ещё на 1 год; на заседании подкомиссии .*"), a.lead()); // the meeting goes on the sentence
            assertEquals(java.util.List.of("iy21-extended-one-year", "iy21-subcommittee-meeting"),
                    a.statements().stream().map(st -> st.fact().id()).filter(id -> id.startsWith("iy21-extended") || id.startsWith("iy21-sub")).toList());
        }
    }

    @Test
    void aCityReferredToAsHeIsTheCityTheLastAnswerNamed() {
        Answer.Answered a = answered("В каком японском городе Путин и Абэ договорились о Годе межрегиональных обменов?");
        Answer.Answered second = assertInstanceOf(Answer.Answered.class, askAfter(a, "а с каким российским городом он состоит в побратимских отношениях?"));
        assertTrue(second.lead().contains("Петербург"), second.lead());
    }

    @Nested
    class WhatCameOfAPlan {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // the plan named in the question, what came of it asked: the articles report the plan only
                "Did the foreign ministers meeting planned for spring 2018 take place in the end?",
                "Did the Lavrov-Kono meeting scheduled for spring 2018 actually take place, and what did it produce?",
                "Состоялась ли в итоге запланированная на весну 2018 года встреча министров Лаврова и Коно в Японии?",
                "2018年2月にあったはずの日露外務次官級協議、実際にはどんな結果で終わった？",
                "2018年春に予定されていたラヴロフ外相の訪日ですが、実際には何月何日に外相会談が実現したのでしょうか。",
        })
        void isRefusedSayingThePlan(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().startsWith(Answerability.ONLY_PLANNED), r.reason());
            assertTrue(r.message().contains("2018"), "the plan is said: " + r.message());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "When were Lavrov and Kono supposed to meet?|2018",
                "ラブロフ外相と河野外相の会談はいつ行われる予定だったのか確認したい|2018年春",
        })
        void isAnsweredWhenThePlanIsAsked(String question, String expected) {
            assertLeadHas(question, expected);
        }
    }

    @Nested
    class ASumOfMoneyAsked {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // the articles give the growth of trade in 2018, never its value
                "How much was Russia-Japan trade worth in dollars in 2018?",
                "で、2018年の日露の貿易額って具体的にいくら（ドルで）？",
                "Сколько долларов составил товарооборот России и Японии в 2018 году?",
        })
        void isNotAnsweredByAGrowth(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "How much money did Japanese investors put into the Far East?|16 billion",
                "Сколько денег вложили японские инвесторы в Дальний Восток?|16 млрд",
                // a growth asked of a sum: the share
                "2018年の貿易額はどれくらい伸びた？|17",
                "how much did trade in dollars grow in 2018?|17%",
                // "и" is no yen
                "На сколько продлили Год межрегиональных и побратимских обменов?|1 год",
        })
        void isAnsweredByASumOrAGrowthAsked(String question, String expected) {
            assertLeadHas(question, expected);
        }
    }

    @Nested
    class ATelegramPost {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a link or a channel's @name is no name the articles lack; an emoji ends a sentence as a full stop does
                "日露交流年の期間中にロシア国内で開かれたイベント数と参加者数、両方ください📊 https://t.me/rujp_notes に載せます|150万",
                "@rusjapan_news asks: when was the Year of Interregional Exchanges extended?|November 2021",
                "Для поста #Япония 📊 Сколько мероприятий прошло в России в ходе Перекрёстного года?|600",
        })
        void isReadWithoutItsLinksAndEmoji(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @Test
        void aRemarkAboutTheWritersPostAsksNoPersonsPost() {
            Answer.Answered a = answered("Draft: «Both leaders loved the Cross Years...» — what was Abe's poetic line about the two peoples? "
                    + "one line for the post pls ✍️");
            assertEquals("iy19-abe-charm", a.statements().get(0).fact().id(), "Abe's words, not his card");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"https://t.me/rujp_notes", "@rusjapan_news 🤝"})
        void aLinkAloneAsksNothing(String message) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(message), message);
            assertTrue(r.reason().contains("empty") || r.reason().contains("no words"), r.reason());
        }
    }

    @Nested
    class AQuestionAskedForSomeoneElse {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // who asks ("our mayor", "губернатор", "知事") is no attribute asked
                "Our mayor is planning a trip and wants to know in which city Putin and Abe agreed on the exchanges year.|Osaka",
                "Губернатор просит уточнить, на какой срок продлили Год межрегиональных обменов.|1 год",
                "市長から聞かれたのですが、地域交流年はどの都市で合意されたのでしょうか。|大阪",
        })
        void isAnsweredAsItsOwnQuestion(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @Test
        void stillAsksTheAttributeAfterWhoAsks() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("The governor wants to know who the mayor of Osaka is."));
            assertTrue(r.reason().contains("mayor"), r.reason());
        }
    }

    @Nested
    class APersonDescribedByTheirPost {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // an attribute of a person the question names by post and what the post is of: the articles do not say it
                "How old is the Russian foreign ministry spokeswoman?|age|Zakharova",
                "Кто пришёл на смену министру по развитию Дальнего Востока?|successor|Галушка",
                "ロシア大統領と会談した日本の首相の後任は誰？|successor|安倍",
                "外務省の報道官は何歳ですか|age|ザハロワ",
                // a post of a body of the country named ("the Japanese minister": Japan's economy minister), the one
                // whose card tells what the question does of him (economic cooperation with Russia, not foreign affairs)
                "Which party does the Japanese minister in charge of economic cooperation with Russia belong to?|party|Seko",
                "От какой партии избирался японский министр, отвечавший за экономическое сотрудничество с Россией?|party|Сэко",
                "ロシアとの経済協力を担当していた日本の大臣は、どこの選挙区選出の議員ですか？|party|世耕",
                "ロシア外務省のスポークスパーソンは、いつからそのポストに就いているのですか？|tenure start|ザハロワ",
        })
        void isRefusedAsAnAttributeOfThatPerson(String question, String attribute, String person) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains(attribute) && r.reason().contains(person), r.reason());
        }

        @Test
        void aWordOfAnAttributeFarFromThePostAsksNone() {
            // "рост" is the growth of trade here, not the minister's height
            assertEquals("coop19-trade-up-17", answered("Какой рост товарооборота в 2018 году назвал министр экономического развития?")
                    .statements().get(0).fact().id());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // an attribute a fact states of the person described: the fact stating it, not one only naming him
                "Where was the Russian president born?|Saint Petersburg",
                "Где родился российский президент?|Санкт-Петербург",
        })
        void isAnsweredByTheFactStatingItWhenOneDoes(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @Test
        void whoHoldsThePostIsStillAnswered() {
            assertLeadHas("Who is the Russian foreign ministry spokeswoman?", "Zakharova");
        }
    }

    @Nested
    class AFigureGivenAsABound {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the fact's figure keeps the bound: confirmed by the fact, no false premise
                "Правда ли, что товарооборот в 2018 году вырос больше чем на 15%?|coop19-trade-up-17",
                "Is it right that the Vladivostok rehabilitation centre has treated more than 2000 patients?|econ-vladivostok-rehab-2500",
                "ウラジオストクのリハビリセンターは2000人以上の患者を受け入れたの？|econ-vladivostok-rehab-2500",
        })
        void isAnsweredByTheFact(String question, String fact) {
            assertEquals(fact, answered(question).statements().get(0).fact().id(), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a small count given to be checked, which the fact gives otherwise
                "my neighbour says the exchanges year was extended by two years, who is right?|not 2",
                "Сосед говорит, что Год межрегиональных обменов продлили на два года. Кто прав?|не 2",
                "地域交流年は2年延長されたんだっけ？|2ではありません",
        })
        void aCountAskedToBeCheckedIsCorrected(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @Test
        void aCountCheckedInASentenceOfItsOwnIsCorrectedByTheFactGivingIt() {
            // the best fact is the meeting that discussed the extension; the one giving the count corrects it
            Answer.Answered a = answered("My friend says the exchanges year was extended by two years. Who is right?");
            assertTrue(a.lead().contains("1") && a.lead().contains("not 2"), a.lead());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a figure guessed and asked to be confirmed by a word ending the question, or a tag question
                "the japanese did something like 200 projects for the regional year, right?|not 200",
                "wasn't it 30 billion dollars that japanese investors put into the far east?|not 30",
                "お父さんが言うには、交流年は3年延長されたらしいけど、本当？|3ではありません",
        })
        void aFigureGuessedWithATagIsCorrected(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @Test
        void whyOfAWrongCountStaysAFalsePremise() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Почему Год обменов продлили сразу на три года?"));
            assertTrue(r.reason().startsWith("false premise"), r.reason());
        }

        @Test
        void aBoundTheFactBreaksIsCorrected() {
            assertLeadHas("Did trade grow by more than 20% in 2018?", "not more than 20%");
        }
    }

    @Test
    void aLongRussianWordTypedWithALetterMissingIsPutRight() {
        assertLeadHas("На сколько вырос товароборот между Россией и Японией в 2018?", "17");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In what part of Russia will the leukaemia drugs be made?|Yaroslavl",
            "В какой части России будут выпускать японские лекарства от лейкоза?|Ярославск",
            "白血病の薬はロシアのどのあたりで作られる？|ヤロスラブリ",
    })
    void aPartOfTheCountryAsksAPlace(String question, String expected) {
        assertLeadHas(question, expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Did the spring 2018 meeting of Lavrov and Kono actually take place?",
            // the question names the plan; the fact's own wording ("会談を開くことで合意") does not
            "2018年春に予定されていた外相会談は実際にはどんな合意で終わった？",
            // how it ended, asked of the agreement that the ministers would meet ("о договорённости провести")
            "Чем закончилась встреча министров иностранных дел весной 2018 года?",
            // "結局" with a past verb sets what came of it against the plan the question names
            "2018年春に日本で予定されていたラブロフ外相と河野外相の会談は、結局どんな成果を上げたのでしょうか。",
    })
    void whetherAPlannedMeetingTookPlaceIsRefusedSayingThePlan(String question) {
        Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
        assertTrue(r.reason().startsWith(Answerability.ONLY_PLANNED), r.reason());
    }

    @Test
    void anAimAskedWithAfterAllIsNoOutcome() {
        // "結局…伸ばしたいわけ": what the plan means to raise, after all
        assertTrue(EvalRunner.spokenText(answered("日露協力プランて結局ロシアの人たちのなにを伸ばしたいわけ？")).contains("寿命"));
    }

    @Test
    void aRussianCompanyLeadIsWrittenAsTheRussianPressWritesIt() {
        assertLeadHas("Какая японская компания поставляет оборудование для логистических центров почты?", "Toshiba");
    }

    @Nested
    class WhatAProgrammeIsFor {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the facts its card gives as its purpose answer first
                "What was the point of the Year of Interregional Exchanges?|iy19-regions-benefit",
                "Зачем вообще придумали Год межрегиональных обменов?|iy19-regions-benefit",
                "交流年ってそもそも何のためにやったの？|iy19-regions-benefit",
                "What is Abe's eight-point plan meant to achieve?|econ-plan-life-expectancy",
                "Для чего нужна совместная хозяйственная деятельность на Курилах?|fm18-step-to-peace-treaty",
        })
        void isAnsweredByItsPurpose(String question, String fact) {
            assertEquals(fact, answered(question).statements().get(0).fact().id(), question);
        }

        @Test
        void whySomethingHappenedToItIsNoPurpose() {
            // the articles do not say why the year was extended; its purpose does not answer that
            Answer answer = ask("Why was the interregional year extended?");
            assertFalse(answer instanceof Answer.Answered a && a.statements().get(0).fact().id().equals("iy19-regions-benefit"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a plan has one proposer: the name given is to be confirmed, not left out for someone else
            "Who proposed the plan, Abe?|Abe|Oreshkin",
            "Кто предложил план — Абэ?|Абэ|Орешкин",
            // who said so is still someone else
            "Who said Abe proposed the plan?|Oreshkin|Abe",
    })
    void theProposerNamedInTheQuestionIsConfirmed(String question, String expected, String notThis) {
        assertLeads(question, expected, notThis);
    }

    @Test
    void anOrThatOffersNoOneLeavesTheNameAPremise() {
        // "or am I mixing things up" offers nothing to choose: Putin stays what the question takes for granted
        Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("so the eight point plan. wasnt it pitched by putin, or am i mixing things up?"));
        assertTrue(r.reason().startsWith("false premise"), r.reason());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Who else besides Abe proposed the plan?", "Кто ещё, кроме Абэ, предложил план?"})
    void whoElseProposedThePlanIsNobodyTheArticlesName(String question) {
        // a plan has one proposer: neither Abe again nor Oreshkin, who only recalled it
        assertInstanceOf(Answer.Refused.class, ask(question), question);
    }

    @Test
    void aFollowUpReferringBackAsksOfTheTimeOfTheAnswer() {
        // the extension of 2021, not the agreement of 2019
        Answer.Answered first = answered("By how long was the Year of Interregional Exchanges prolonged in November 2021?");
        String next = "and at what meeting was that discussed?";
        Answer.Answered second = assertInstanceOf(Answer.Answered.class, askAfter(first, next), next);
        assertTrue(second.lead().contains("subcommittee"), second.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "what kind of meeting" asks the occasion, as "at what meeting" does; "what kind of company is…" asks none
            "At what kind of gathering did Seko say he was ready to improve the plan?|joint meeting|",
            "At what kind of gathering did Seko say this, and in which city?|joint meeting|Tokyo",
            "What kind of meeting was it where Putin and Abe were to meet in June 2019, and where?|G20|Osaka",
    })
    void whatKindOfMeetingAsksTheOccasion(String question, String occasion, String place) {
        assertLeadHas(question, occasion);
        if (place != null) {
            assertLeadHas(question, place);
        }
        answered("What kind of company is Transneft Telecom?"); // a description, not refused as asking a name
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a noun standing for what was just said refers back as its pronoun does
            "А где этот вопрос обсуждали?|подкомисс",
            "And where was this matter discussed?|subcommittee",
    })
    void aNounStandingForWhatWasSaidRefersBack(String next, String expected) {
        Answer.Answered first = answered("Что решили Россия и Япония в ноябре 2021 года насчёт Года межрегиональных и побратимских обменов?");
        Answer.Answered after = assertInstanceOf(Answer.Answered.class, askAfter(first, next), next);
        assertTrue(EvalRunner.spokenText(after).contains(expected), EvalRunner.spokenText(after));
    }

    @Test
    void howMuchOfACountAsksHowMany() {
        // "どのくらいの数": one ask, a count of what the question names (not the extension's "1 more year")
        assertLeads("日本側が手がけた事業はどのくらいの数ですか？", "150", "1年");
        // "いくら、何件": two
        assertLeadHas("ガルーシカ極東発展相によると、日本の投資家はロシア極東にいくら、何件のプロジェクトに投資したの？", "21");
    }

    @Test
    void anAndJoiningTwoNamesJoinsNoSecondAsk() {
        // "when they met" tells the occasion of what was agreed; "and" joins Putin and Abe, not a second question
        Answer.Answered a = answered("What did Putin and Abe agree on when they met in Osaka during the 2019 G20 summit?");
        assertFalse(a.lead().contains("2019"), a.lead());
        assertTrue(a.statements().get(0).text().contains("agreed"), a.statements().get(0).text());
        assertLeadHas("What is the eight-point plan and whose idea was it?", "Abe");
    }

    @Test
    void aQuestionWordInsideASentenceToldBeforeAsksNothing() {
        // "who" of the first sentence tells which minister; the second asks how many
        assertLeadHas("The Japanese minister who coordinated economic cooperation with Russia held up a rehab clinic in Vladivostok "
                + "as a success story. Roughly how many Russian patients had it seen?", "2,500");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "the years of cultural exchange" are the Cross Years, whose whole programme had over 700 events (600 of them
            // in Russia); "大阪でのG20" is the Osaka summit
            "文化交流年には何件くらいの行事があった？|700|600",
            "大阪でのG20の前の年、日露の貿易は何パーセント伸びた？|17|世耕",
    })
    void anotherWordOfTheKnowledgeIsReadAsIts(String question, String expected, String notThis) {
        assertLeads(question, expected, notThis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a remark after the question narrows the time asked to its month or year
            "When was the Year of Interregional Exchanges extended? Month only please.|November 2021|22",
            "Когда продлили Год межрегиональных обменов? Нужен месяц.|ноябрь 2021|22",
            "地域交流年の延長はいつ決まった？月だけでいいです。|2021年11月|22日",
            "When did Abe put forward the eight-point plan? Just the year is fine.|2016|June",
            // a remark asking more than a month is none
            "Когда продлили Год межрегиональных обменов? Для слайда нужна точная дата, а не просто месяц.|22 ноября|ноябрь 2021",
    })
    void aRemarkNarrowsTheTimeAsked(String question, String expected, String notThis) {
        assertLeads(question, expected, notThis);
    }

    @Nested
    class ATimeGivenByAnotherEvent {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the year before an event the knowledge dates is the year the facts are checked against
                "How much did Russia-Japan trade grow in the year before the G20 summit in Osaka?|17",
                "На сколько процентов вырос товарооборот за год до саммита G20 в Осаке?|17",
                // the event is no premise the fact must speak of: the meeting's fact does not name the summit
                "Whom did Oreshkin meet in Tokyo a few weeks before the Osaka summit?|Seko",
                "С кем из японских министров Орешкин встречался в Токио незадолго до саммита G20 в Осаке?|Сэко",
                // the year after a plan was put forward
                "8項目プランが提案された翌年、プーチン大統領と安倍首相はどこで会談しましたか？|ウラジオストク",
                // a season of it; the one asked travels, he is not the one met
                "Who was Russia's top diplomat due to travel to Japan in the spring of the Russia-Japan cross year?|Lavrov",
        })
        void isTheEventsYear(String question, String value) {
            assertLeadHas(question, value);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the Osaka meeting was in 2019, while the Cross Years drew to a close; the plan was put forward in 2016
                "How did Putin and Abe assess the Cross Years at their Osaka meeting, a year after the Cross Years ended?",
                "安倍首相が8項目プランを打ち出したのはG20大阪サミットの前年ですが、なぜその年だったのですか？",
        })
        void isChecked(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("2020") || r.reason().contains("2018"), r.reason());
        }
    }

    @Nested
    class AGuessGivenToBeChecked {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a figure hedged, or ended by a tag question, is corrected by the fact's
                "Trade between Russia and Japan grew by roughly 7 percent in 2018, was it?|17%|not 7",
                "Galushka put Japanese investment in the Far East at about 6 billion dollars. Or was it more?|16|not 6",
                // a figure told in a sentence before the one asking, with a "что" of what was read
                "Знакомый уверяет, что из 130 проектов плана работают сорок. Сколько на самом деле?|60|не 40",
                // the count of the whole programme, before its events in one country; the sentence asked leans on the told
                // one through the writer's own
                "A colleague insists the Cross Years had only 300 events. I am sure it was more than that. How many in total?|700|not 300",
        })
        void aFigureIsCorrected(String question, String value, String correction) {
            assertLeadHas(question, value);
            assertLeadHas(question, correction);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a name followed by a question mark or a hedge is a guess of the one asked, who may be that one
                "The foreign ministers due to meet in spring 2018: the Russian one Lavrov I think, the Japanese one Kono? Who were they exactly?|Kono|Lavrov",
                "Официальный представитель МИДа в январе 2018 года — Захарченко, кажется? Как её правильно зовут?|Захаров|Захаров",
                // the adjective of the sentence the question refers back to
                "Тот японский министр, что отвечает за экономические связи с Россией. Как его фамилия?|Сэко|Сэко",
                // a month guessed is no time asked about
                "When were the deputy foreign ministers due to meet next? March, I think?|February|February",
        })
        void theValueAskedIsGiven(String question, String value, String alsoThis) {
            assertLeadHas(question, value);
            assertLeadHas(question, alsoThis);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a year given as a guess of the time asked is checked, not a time the facts must be of
                "When was the exchange year extended, 2020 I think?|2021|not 2020",
                "В каком году продлили год обменов, в 2020-м вроде?|2021|не 2020",
                "交流年を延長したのは何年だっけ、2020年？|2021|2020ではありません",
                // and confirmed when right
                "In what year did Abe propose the plan, 2016?|2016|2016",
        })
        void aGuessedYearIsChecked(String question, String value, String alsoThis) {
            assertLeadHas(question, value);
            assertLeadHas(question, alsoThis);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a place the knowledge does not know, as the venue of an event asked to be confirmed: the facts' venue
                "Was the Putin-Abe meeting in September 2017 held in Sochi?|Vladivostok|not Sochi",
                "Встреча Путина и Абэ в сентябре 2017 года прошла в Сочи?|Владивосток|не Сочи",
                "2017年9月のプーチンと安倍の会談はソチで行われた？|ウラジオストク|ソチではありません",
        })
        void anUnknownVenueIsCorrected(String question, String venue, String correction) {
            assertLeadHas(question, venue);
            assertLeadHas(question, correction);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // no one dated event: the articles do not say where else Putin was, nor of other meetings
                "Путин был в Сочи?",
                "Did Putin meet Abe in Sochi?",
                // a question word asks of something the knowledge does not know of
                "What did Putin say in Sochi?",
        })
        void anUnknownPlaceOfNoOneEventIsStillUnknown(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("Sochi") || r.reason().contains("Сочи"), r.reason());
        }

        @Test
        void aNameInTheAskingClauseStaysAPremise() {
            assertLeads("Кто ещё из российских министров был на переговорах с Сэко кроме Орешкина?", "Носков", "Орешкин");
        }

        @Test
        void anUnknownNameTheQuestionDeniesIsNoReasonToRefuse() {
            Answer.Answered a = answered("The railway joint venture is going to the Moscow region, not Siberia, right?");
            assertEquals("econ-railway-joint-venture", a.statements().get(0).fact().id());
        }

        @Test
        void whatSomeoneElseSaidAsksWhoDidIt() {
            assertLeadHas("Which Japanese company did the Russian minister say equips the postal logistics centres?", "Toshiba");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a figure stated, then asked in a sentence of its own whether it is the right one
                "Almost 400,000 people joined the Russian-Japanese exchange events in 2020 despite COVID. Is that the right figure?|400,000",
                "Trade grew by 15% in 2018. Is that the right figure?|not 15%",
        })
        void aFigureAskedToBeConfirmedInASentenceOfItsOwnIsChecked(String question, String expected) {
            assertTrue(EvalRunner.spokenText(answered(question)).contains(expected), question);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the option's dated fact may rank below another of the same people
            "which came first - the Russian economy minister's talks with Seko in Tokyo, or the meeting of Lavrov and Kono in Moscow?|Lavrov",
            "Что было раньше: переговоры Лаврова и Коно в Москве, где договорились о рабочих группах, или встреча Путина и Абэ во Владивостоке, после которой выбрали пять направлений?|Владивосток",
            "日露の外相会談と、ウラジオストクでの首脳会談、どっちが先だった？|ウラジオストク",
            // one month: the days its facts' texts give ("8-9 June" before "late June")
            "Which came first: the G20 ministerial meeting in Tsukuba or the Abe-Putin meeting in Osaka?|Tsukuba",
    })
    void theEarlierOfTwoEventsToldAtLengthLeads(String question, String expected) {
        assertLeadHas(question, expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Сколько проектов японская сторона провела в рамках Года межрегиональных обменов к ноябрю 2021 года и в каком формате они в основном шли?",
            "How many projects had the Japanese side organised by November 2021, and in what format did most of them take place?",
    })
    void aClauseAskingNoValueIsAnsweredByTheFactSharingItsWords(String question) {
        Answer.Answered a = answered(question);
        assertTrue(a.lead().contains("150"), a.lead());
        assertTrue(a.statements().stream().anyMatch(s -> s.fact().id().equals("iy21-projects-mostly-online")), question);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // someone asked besides the one answered: another who took part with them, never them again
            "С кем из японских министров Орешкин встречался 10 июня 2019 в Токио?|а кто ещё из наших министров сидел на этих переговорах?|Носков|Сэко",
            "Who announced the Year of Interregional Exchanges in Osaka?|Who else was at that meeting?|Abe|Putin",
    })
    void aFollowUpAskingWhoElseLeavesOutTheOneAnswered(String first, String next, String expected, String notThis) {
        Answer.Answered before = answered(first);
        Answer.Answered after = assertInstanceOf(Answer.Answered.class, askAfter(before, next), next);
        assertTrue(after.lead().contains(expected) && !after.lead().contains(notThis), after.lead());
    }

    @Test
    void whoElseTookPartIsNotSomeoneOfAnotherEvent() {
        // Seko's words about the coming Abe-Putin summit name him, but he took part in no talks with them
        Answer.Answered before = answered("Who did Oreshkin meet in Tokyo on 10 June 2019?");
        Answer after = askAfter(before, "Who else took part in those talks?");
        assertFalse(after instanceof Answer.Answered a && (a.lead().contains("Abe") || a.lead().contains("Putin")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the facts a fact's details slot names tell more of what it names, right after it
            "What is the digital project the RDIF partners want to invest in about?|econ-submarine-cables",
            "RDIFのパートナーが投資したいデジタル事業って、どんなもの？|econ-submarine-cables",
            "Какие сферы охватывает план Абэ из восьми пунктов?|coop19-plan-tech-humanitarian",
    })
    void aQuestionAskingNoValueIsToldTheDetailsOfItsFact(String question, String detail) {
        List<Statement> statements = answered(question).statements();
        assertEquals(detail, statements.get(1).fact().id(), question);
    }

    @Test
    void aValueAskedIsNotToldTheDetails() {
        // how many points: the count, not the areas the other fact adds
        Answer.Answered a = answered("How many points does Abe's cooperation plan have?");
        assertTrue(a.statements().stream().noneMatch(s -> s.fact().id().equals("coop19-plan-tech-humanitarian")), a.lead());
    }

    @Test
    void aPronounReferringToASentenceOfTheSameMessageIsNoFollowUp() {
        // "их" are the projects the message tells of, not the meeting of the last answer
        Answer.Answered before = answered("When were Abe and Putin supposed to meet in Osaka?");
        String next = "Слышал, что японцы провели в рамках года обменов двести проектов. Сколько их было на самом деле?";
        Answer.Answered after = assertInstanceOf(Answer.Answered.class, askAfter(before, next), next);
        assertTrue(after.lead().contains("150"), after.lead());
    }

    @Nested
    class ADraftSentenceQuotedToBeChecked {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a quoted statement with only a word asking to check it, or a question mark, around it
                "проверьте фразу из черновика: «о созыве рабочих групп по совместной хоздеятельности Лавров и Коно договорились в конце ноября в Токио»|Москв|не Токио",
                "в текст пишу «в 2018 г. товарооборот РФ и Японии вырос на 7%» — норм?|17%|не 7",
                "checking my draft: \"Lavrov and Kono agreed in late November in Tokyo to convene the working groups\" - ok?|Moscow|not Tokyo",
                "記事の下書き「ラブロフと河野は11月末に東京で作業部会の招集で合意した」これでいい？|モスクワ|東京ではありません",
        })
        void isCorrectedWhereItIsWrong(String question, String value, String correction) {
            assertLeadHas(question, value);
            assertLeadHas(question, correction);
        }

        @Test
        void aQuotedNameAskedAboutIsNoClaim() {
            // a question word beside the quotes asks what the quoted name is
            Answer.Answered a = answered("Что такое «Перекрёстный год Японии и России»?");
            assertFalse(a.lead().contains("не "), a.lead());
            assertEquals("card-cross-years", a.statements().get(0).fact().id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // one value asked of each of two years: both, each with its year, from a fact of that year
            "The two Russkiy Mir pieces each lean on a news agency. Which agency does the 2019 one cite, and which does the 2021 one cite?|2019: RIA Novosti|2021: TASS",
            "Со ссылкой на какие агентства «Русский мир» писал о Годе межрегиональных обменов — в 2019-м и в 2021-м?|2019: РИА|2021: ТАСС",
            "2019年の記事と2021年の記事、それぞれどの通信社の報道をもとに書かれてる？|2019年：|2021年：",
    })
    void aValueAskedOfEachOfTwoYearsIsGivenForBoth(String question, String first, String second) {
        Answer.Answered a = answered(question);
        assertTrue(a.lead().contains(first) && a.lead().contains(second), a.lead());
        assertNotEquals(a.statements().get(0).fact().id(), a.statements().get(1).fact().id());
    }

    @Test
    void aQuestionOfTwoYearsIsNotSplitWhenOneFactAnswers() {
        // one fact of 2018 told in 2019: no value of each year
        Answer.Answered a = answered("By how much did trade grow in 2018, according to what the minister said in 2019?");
        assertFalse(a.lead().contains("2019:"), a.lead());
        assertTrue(a.lead().contains("17"), a.lead());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a follow-up counting what the question before did not name: the fact counting it, of whatever year
            "Перечисли все направления, по которым МИДы двух стран отобрали перспективные проекты на Южных Курилах.|А сколько рабочих групп их согласовывает?|2",
            // whose plan: its proposer
            "Сколько проектов подготовили в рамках плана из восьми пунктов и какая их часть уже воплощается в жизнь?|А чей это план?|Абэ",
    })
    void aFollowUpAsksAnew(String first, String next, String expected) {
        Answer.Answered before = answered(first);
        Answer.Answered after = assertInstanceOf(Answer.Answered.class, askAfter(before, next), next);
        assertTrue(after.lead().contains(expected), after.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Whose plan was the eight-point plan?|Abe",
            "8項目の協力プランって誰の案？|安倍",
    })
    void whosePlanAsksItsProposer(String question, String proposer) {
        assertLeadHas(question, proposer);
    }

    @Test
    void workingGroupsAbbreviatedInJapaneseAreCounted() {
        // "WG" is 作業部会 in a Japanese question too
        assertTrue(answered("島の共同経済活動のWG いくつあって何担当").lead().contains("2つ"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a duty or tariff of a country the articles name, which they never state
            "whats japan's import duty on russian crab these days|tariff",
            "какие пошлины япония берет на ввоз краба из РФ|tariff",
            "カニの対露輸出 協力プランで関税とか手続き変わる？|tariff",
            // how to travel between places the articles name, which they never tell
            "東京から大阪まで新幹線だとどのくらいかかりますか？|travel",
            "how long does it take to get from Tokyo to Osaka by train?|travel",
            "Сколько ехать от Москвы до Ярославля?|travel",
    })
    void anAttributeTheArticlesNeverGiveIsRefused(String question, String attribute) {
        Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
        assertTrue(r.reason().contains(attribute), r.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a near fact holding the question's words and one of its own topics besides (aquaculture: fisheries) before
            // the best one, which only counts the areas
            "i export crab from sakhalin. the kuril joint econ activity projects, anything fisheries-ish for us?|aquaculture",
            "北海道でホタテ輸出やってる者です。南クリル(北方領土)の共同経済活動の5分野に水産系ってある？|養殖",
    })
    void aFactWhoseTopicsHoldTheQuestionsWordComesFirst(String question, String word) {
        Answer.Answered a = answered(question);
        assertEquals("fm18-five-island-projects", a.statements().get(0).fact().id(), question);
        assertTrue(a.statements().get(0).text().contains(word));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the rest of what the last answer's first fact lists: that fact again
            "i export crab from sakhalin. the kuril joint econ activity projects, anything fisheries-ish for us?|what r the other areas",
            "北海道でホタテ輸出やってる者です。南クリル(北方領土)の共同経済活動の5分野に水産系ってある？|残りの4つは",
    })
    void aFollowUpAskingForTheRestOfAListIsAnsweredByTheListAgain(String first, String next) {
        Answer.Answered before = answered(first);
        Answer.Answered after = assertInstanceOf(Answer.Answered.class, askAfter(before, next), next);
        assertEquals("fm18-five-island-projects", after.statements().get(0).fact().id(), next);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the plan named by its common name alone is the eight-point plan: its card says what it is
            "What is the Russia-Japan cooperation plan?|2016",
            "Что такое план сотрудничества России и Японии?|2016",
            "協力プランって何？|2016",
            "Что за план сотрудничества из 8 пунктов?|2016",
    })
    void theCooperationPlanIsDescribedByItsCard(String question, String year) {
        Answer.Answered a = answered(question);
        assertTrue(a.statements().get(0).fact().id().startsWith("card-"), a.statements().get(0).fact().id());
        assertTrue(a.lead().contains(year) || a.statements().get(0).text().contains(year), a.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // shorthand as typed in a search box: "no. of", "acc. to"
            "cross years of culture programme, no. of events acc. to putin|700",
            // people after a separator, with "so far", count them
            "japanese rehab centre vladivostok - patients so far?|2,500",
            // a year before "дата" bounds the date asked
            "путин абэ владивосток 2017 дата|7 сентября",
            // a count in a clause of its own counts what the clause before names
            "Tokio projects for interregional yr: how many, mostly held how?|150",
    })
    void aSearchLeadsWithTheValueItsShorthandAsks(String question, String lead) {
        assertLeads(question, lead);
    }

    @Test
    void aNameWithMacronsIsTheNameWithout() {
        Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Kōno Tarō birthday"));
        assertTrue(r.reason().contains("age of Taro Kono"), r.reason());
    }

    @Test
    void aRussianQuestionWordAfterALatinNameAsksInRussian() {
        Answer.Answered a = answered("Taro Kono кто");
        assertEquals(Lang.RU, a.lang());
        assertTrue(a.statements().get(0).text().contains("Министр иностранных дел Японии"), a.statements().get(0).text());
    }

    @Test
    void anAmpersandJoinsAsAndDoes() {
        assertLeads("year of interregional & sister city exchanges - agreed where?", "Osaka");
    }

    @Test
    void aFollowUpNamingNothingOfItsOwnStaysWithTheEventAnswered() {
        // "а где решали" after the extension asks where the extension was decided: not Osaka, where the year was agreed
        Answer before = ask("на сколько продлили год межрегиональных обменов");
        Answer after = askAfter(assertInstanceOf(Answer.Answered.class, before), "а где решали");
        assertFalse(after instanceof Answer.Answered a && a.lead().contains("Осак"), after.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // who told of the extension: its reporters, not Putin, who announced the year itself in 2019
            "who announced the extension of the interregional year?|Russkiy Mir",
            "Кто объявил о продлении года обменов?|Русский мир",
            "延長を発表したのは誰？|ルースキー・ミール",
            // the year itself: Putin announced it
            "who announced the year of interregional exchanges?|Putin",
    })
    void whoToldOfAnExtensionIsWhoReportedIt(String question, String lead) {
        assertLeads(question, lead);
    }

    @Test
    void aPlaceThatActsIsNoVenue() {
        // Tokyo organised the projects as the Japanese side: where the extension was decided is the subcommittee
        Answer.Answered when = answered("交流年で日本側が手がけた事業はいくつ？");
        Answer.Answered decided = assertInstanceOf(Answer.Answered.class, askAfter(when, "延長はいつ決まった？"));
        Answer.Answered where = assertInstanceOf(Answer.Answered.class, askAfter(decided, "どこで決めたの？"));
        assertFalse(where.lead().contains("東京"), where.lead());
        assertTrue(where.lead().contains("分科会"), where.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // who heads a thing no fact gives a head: not Seko, who only cited the centre
            "Who heads the rehab centre in Vladivostok?",
            "Кто возглавляет центр во Владивостоке?",
            "ウラジオストクのリハビリセンターを率いるのは誰？",
    })
    void whoHeadsAThingNoFactGivesAHeadIsRefused(String question) {
        assertInstanceOf(Answer.Refused.class, ask(question), question);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Who heads RDIF?|Dmitriev",
            "Кто руководит РФПИ?|Дмитриев",
    })
    void whoHeadsABodyIsWhoHoldsItsPost(String question, String lead) {
        assertLeads(question, lead);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "так" closing a bare why is no tag asking to confirm: the articles do not say why
            "а почему так?|Не знаю почему",
            "а почему?|Не знаю почему",
    })
    void aBareWhyAfterAnAnswerSaysTheArticlesDoNotTellWhy(String next, String told) {
        Answer.Answered before = answered("Сколько проектов организовала японская сторона в год обменов?");
        Answer.Refused after = assertInstanceOf(Answer.Refused.class, askAfter(before, next), next);
        assertTrue(after.message().startsWith(told) && after.message().contains("150"), after.message());
    }

    @Test
    void aBareWhenAfterAnAnswerAsksWhenWhatWasAnsweredHappened() {
        // "а когда?" after Osaka: when the year was agreed there, not when it was extended
        Answer.Answered where = answered("Где договорились о годе межрегиональных обменов?");
        assertTrue(where.lead().contains("Осак"), where.lead());
        Answer.Answered when = assertInstanceOf(Answer.Answered.class, askAfter(where, "а когда?"));
        assertTrue(when.lead().contains("2019"), when.lead());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the fact answering who proposed the plan ("Abe's plan provides for…") holds no date: the fact of the same
            // proposal that does answers, not the date of someone's later words about the plan
            "Who proposed the eight-point plan?|When was that?|2016",
            "Кто предложил план из восьми пунктов?|А когда?|2016",
            "8項目の協力プランを提案したのは誰？|それはいつ？|2016",
    })
    void aBareWhenAfterWhoDidItAsksWhenItWasDone(String first, String next, String year) {
        assertLeadAfter(first, next, year);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // "so", "так", "そう" stand for what was said, as "that" does: the source of the figure answered
            "How many projects were already under way under the plan?|Who said so?|TASS",
            "Сколько проектов по плану уже реализуется?|Кто так сказал?|ТАСС",
            "プランのプロジェクトのうち実施段階にあるのは何件？|誰がそう言ったの？|タス",
    })
    void whoSaidSoAsksWhoToldWhatWasAnswered(String first, String next, String source) {
        assertLeadAfter(first, next, source);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the next meeting is of a time after the one answered: not the talks of November 2017 again
            "Where did Lavrov and Kono meet in November 2017?|And where was their next meeting planned?|Japan",
            "Где встречались Лавров и Коно в ноябре 2017?|А где планировали следующую встречу?|Япони",
            "ラブロフ外相と河野外相は2017年11月にどこで会談した？|次の会談はどこで予定されていた？|日本",
    })
    void theNextEventAfterAnAnswerIsOfALaterTime(String first, String next, String place) {
        assertLeadAfter(first, next, place);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the meeting before is of a time before the one answered: not the talks planned for spring 2018 again
            "When were Lavrov and Kono supposed to meet in Japan?|Had they met before that? Where?|Moscow",
            "Когда Лавров и Коно должны были встретиться в Японии?|Они ведь до этого уже встречались — где?|Москв",
            "ラブロフ外相と河野外相が日本で会う予定だったのはいつ？|その前はどこで会ってた？|モスクワ",
    })
    void theEventBeforeAnAnswerIsOfAnEarlierTime(String first, String next, String place) {
        assertLeadAfter(first, next, place);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // what a follow-up adds to the question before ("原子力") is what it asks of: the fact stating it
            "安倍首相の8項目の協力プラン、提案されたのは何年だったかね。|原子力もそれに入ってるの？|原子力",
            "When did Abe propose the eight-point plan?|Is nuclear energy in it too?|nuclear",
    })
    void aFollowUpIsAnsweredByTheFactStatingWhatItAdds(String first, String next, String word) {
        Answer.Answered then = assertInstanceOf(Answer.Answered.class, askAfter(answered(first), next));
        assertTrue(then.statements().get(0).text().contains(word), then.statements().get(0).text());
    }

    @Test
    void theWritersWordsAndAnotherCountAreNoThingCounted() {
        // "the other count I saw": neither "other" nor "I saw" is what the count counts; the events in Russia are
        assertLeadAfter("How many events did Putin say the Cross Years programme included?",
                "and the other count I saw, the one for events held in Russia?", "600");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // where the bot read what it answered, whatever type the words alone ask ("где" a place), a doubt beside
            "By how much was the interregional year extended?|How sure are you about that? Which agency did it come from?|TASS",
            "На сколько продлили Год межрегиональных обменов?|А где ты это прочитал? Мне для списка источников.|ТАСС",
            "クロスイヤーでロシア国内で開かれた行事は何件？|その数字、どこに載ってた情報ですか？|タス",
    })
    void whereTheBotReadItIsTheSourceOfTheAnswer(String first, String next, String source) {
        assertLeadAfter(first, next, source);
    }

    @Test
    void aSourceAskedWithASubjectOfItsOwnIsNoQuestionOfTheAnswerBefore() {
        // "which outlet reported the rehab centre?" after the extension asks of the centre (Sputnik), not of the
        // extension (TASS)
        Answer.Answered first = answered("By how much was the interregional year extended?");
        Answer.Answered then = assertInstanceOf(Answer.Answered.class, askAfter(first, "Which outlet reported the rehab centre in Vladivostok?"));
        assertTrue(then.lead().contains("Sputnik") && !then.lead().contains("TASS"), then.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a post no one the facts name holds: no choir, no other person, answers it
            "Who was the conductor of the Moscow Chamber Choir at the closing?",
            "Как звали дирижёра Московского камерного хора на закрытии Перекрёстных годов?",
            "閉会式で合唱団を指揮した指揮者は誰？",
            "Who is Japan's ambassador to Russia?",
    })
    void aPostNoOneTheFactsNameHoldsIsRefused(String question) {
        assertInstanceOf(Answer.Refused.class, ask(question), question);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a figure set apart at the end of a how-much question, as a guess, is corrected, not refused as a premise
            "By how much was the interregional year extended, two years or... I forget.|(not 2)",
            "На сколько продлили Год межрегиональных обменов, на два года вроде?|(а не 2)",
            "地域交流年はどのくらい延長されたんだっけ、2年？|（2ではありません）",
            // a figure of the question's own words before what it asks is no guess
            "その年から動いてるプラン、130件のうち実施中なのは何件くらい？|60",
            // a Japanese span counts as its counter does: 何年間 asks a number of years, 2年間 is two of them
            "地域交流年は何年間延長された？|1年",
    })
    void aFigureGuessedAfterTheQuestionIsCorrected(String question, String lead) {
        assertLeadHas(question, lead);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what a thing in a place does: the thing's fact (the rehab centre, a health project), not the place's card
            "Чем занимается японский медицинский проект во Владивостоке?|2 500",
            "What does the Japanese health project in Vladivostok do?|2,500",
    })
    void aThingInAPlaceIsDescribedByItsFactNotByThePlace(String question, String figure) {
        Answer.Answered a = answered(question);
        assertFalse(a.statements().get(0).fact().id().startsWith("card-"), a.statements().get(0).fact().id());
        assertTrue(a.statements().get(0).text().contains(figure), a.statements().get(0).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a head post of a country no one the articles name holds: Putin is Russia's president, Japan has no president
            "When did Russia's prime minister announce the sister-city exchange year?|prime minister of russia",
            "What did the Japanese president say about the cross years?|president of japan",
            "Когда премьер-министр России объявил о годе побратимских обменов?|prime minister of russia",
            "日本の大統領は交流年について何と言った？|president of japan",
    })
    void aPostNoOneHoldsIsAFalsePremise(String question, String post) {
        Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
        assertTrue(r.reason().startsWith("false premise") && r.reason().contains(post), r.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a part asked of a whole named after it: of "over 60 of the 130 projects", the 60
            "As of June 2019, how many of the projects drawn up under the eight-point plan were already under way?|60|130",
            "Сколько из разработанных по плану проектов уже реализуются?|60|130",
            "8項目の協力プランで策定されたプロジェクトのうち、何件が実施されていますか？|60|130",
            // the whole asked: the 130
            "How many projects were drawn up under the eight-point plan?|130|60",
    })
    void aPartAskedOfAWholeIsThePart(String question, String part, String whole) {
        String lead = answered(question).lead();
        assertTrue(lead.contains(part) && !lead.contains(whole), question + " -> " + lead);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a title beside a name that none of the person's roles holds
            "What did Deputy Foreign Minister Maria Zakharova say in January 2018 about the planned Lavrov-Kono meeting?|Zakharova foreign minister",
            "What did Seko, Japan's foreign minister, say about Russia?|Seko foreign minister",
            "Какую позицию занял министр иностранных дел Японии Хиросигэ Сэко на переговорах с Максимом Орешкиным?|Seko foreign minister",
            "外務大臣の世耕氏は何と言いましたか？|Seko foreign minister",
            "What did Prime Minister Putin agree with Abe?|Putin prime minister",
            // a minister of a ministry not theirs, the minister's words made from the ministry's names
            "ガルーシカ経済発展相によれば、日本の投資家が資金を投じた極東のプロジェクトは計何件でしたか。|Galushka minister of Russian Ministry of Economic Development",
            "Что сказал министр экономического развития Александр Галушка о японских инвестициях?|Galushka minister of Russian Ministry of Economic Development",
            // a minister of a field the post does not name, of a ministry the knowledge does not know
            "Какие результаты плана назвал в Токио министр финансов России Максим Орешкин?|Oreshkin министр финансов",
            "Что сказал Орешкин, министр финансов?|Oreshkin министр финансов",
            "What did Oreshkin, the finance minister, say about trade?|Oreshkin finance minister",
    })
    void aTitleBesideANameThatTheirRolesDoNotHoldIsAFalsePremise(String question, String titled) {
        Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
        String[] personAndTitle = titled.split(" ", 2);
        assertTrue(r.reason().startsWith("false premise") && r.reason().contains(personAndTitle[0] + " " + personAndTitle[1]), r.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "What did Russian Foreign Ministry spokeswoman Maria Zakharova say in January 2018?",
            // a title of the next name is not the one before it: Abe is the prime minister, not Putin
            "What did Putin and Japanese Prime Minister Abe agree in Osaka?",
            "When did Russian Foreign Minister Sergey Lavrov and Japanese Foreign Minister Taro Kono meet?",
            // a head of a body: a minister heads a ministry
            "Когда глава МИД Японии Таро Коно встречался с Лавровым?",
            "世耕経済産業相はいつオレシキン氏と会談しましたか？",
            "Что сказал министр экономического развития России Максим Орешкин?",
            // a relative clause without "whom": the title is of the one the name met
            "Who was the Japanese foreign minister Lavrov was supposed to meet?",
            "Who was the Japanese prime minister Putin met in Osaka?",
            "Что заявил министр по развитию Дальнего Востока Александр Галушка?",
            "オレシキン経済発展相は何と言いましたか？",
            // a title both foreign ministers hold, and one shortened
            "Когда министр иностранных дел Японии Таро Коно встречался с Лавровым?",
            "河野外務大臣はいつラブロフ外相と会談した？",
            // Japanese titles with modifiers in one word
            "ラブロフ・河野両外相が作業部会の開催で合意したモスクワ会談、何年の11月下旬だった？",
            "2017年9月7日、プーチン大統領と安倍晋三内閣総理大臣が首脳会談を行ったのは、ロシア極東のどの都市でしたか。",
            "What did Economic Development Minister Oreshkin say about trade?",
            // no field after the title: a preposition, or a plural of ministers
            "Что министр перед встречей с Сэко сказал о плане?",
    })
    void aTitleTheRolesHoldIsNoFalsePremise(String question) {
        assertInstanceOf(Answer.Answered.class, ask(question), question);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a country's possessive or genitive after "who is" says whose post is asked: one person, not both ministers
            "Who is Russia's top diplomat in these articles?|Sergey Lavrov|Kono",
            "Who was Japan's top diplomat in 2018?|Taro Kono|Lavrov",
            // a verb in a relative clause after the post tells of the one asked for
            "Who was Russia's chief diplomat back then, the one Kono was to meet?|Sergey Lavrov|Kono",
            "Кто был министром иностранных дел Японии, когда планировалась весенняя встреча 2018 года?|Таро Коно|Лавров",
            // a verb after it makes its holder the one described, and the other the one asked for
            "who was japan's foreign minister supposed to sit down with in spring 2018?|Sergey Lavrov|Kono",
            "Кто встречался с министром иностранных дел Японии в ноябре 2017?|Сергей Лавров|Коно",
    })
    void aCountrysPostAfterWhoIsSaysWhoseItIs(String question, String asked, String other) {
        Answer.Answered a = answered(question);
        assertTrue(a.lead().contains(asked) && !a.lead().contains(other), a.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a post someone holds is no premise to refuse
            "Who is the President of Russia?|Putin",
            "Какой премьер-министр Японии предложил план?|Абэ",
            "日本の首相は誰？|安倍",
    })
    void aPostSomeoneHoldsIsAnswered(String question, String name) {
        assertLeadHas(question, name);
    }

    @Test
    void aJapaneseSpanInAPremiseIsCheckedAsItsCounter() {
        // "2年間の延長" is a premise of two years, which the facts (one more year) contradict
        Answer.Refused r = assertInstanceOf(Answer.Refused.class,
                ask("地域・姉妹都市交流年は2021年11月に2年間の延長が決まったそうですが、それを最初に報じたのはどこですか？"));
        assertTrue(r.reason().contains("false premise") && r.reason().contains("[2]"), r.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Russians, россияне: people counted, the patients the centre treated
            "Japanese rehab centre in Vladivostok: how many Russians have gone through it?|2,500",
            "Японский rehab-центр во Владивостоке — сколько россиян через него уже прошло?|2 500",
    })
    void aNationCountedIsPeopleCounted(String question, String figure) {
        assertLeadHas(question, figure);
    }

    /** Asks the first question, then the next one in the same conversation, whose answer must lead with the value. */
    private void assertLeadAfter(String first, String next, String expected) {
        Answer.Answered then = assertInstanceOf(Answer.Answered.class, askAfter(answered(first), next));
        assertTrue(then.lead().contains(expected), then.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // when the year was agreed: in Osaka in 2019, not the extension agreed or discussed in November 2021
            "When was the interregional year agreed?|2019",
            "When was the Year of Interregional Exchanges agreed?|2019",
            // a question of the extension is still answered by it
            "When was the interregional year extended?|2021",
    })
    void aTimeAskedOfAProgrammeIsNotTheTimeOfItsExtension(String question, String year) {
        assertLeadHas(question, year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // where money goes, when no place is found: the body or project invested in
            "where do the RDIF partners plan to invest?|Transneft",
            "Куда собираются вложиться партнёры РФПИ?|Транснефть",
            "RDIFのパートナーはどこに投資するつもり？|トランスネフチ",
    })
    void whereToInvestIsAnsweredByWhatIsInvestedIn(String question, String lead) {
        assertLeads(question, lead);
    }

    @Test
    void whoIsHeAfterAPersonAnsweredDescribesThatPerson() {
        Answer.Answered who = answered("Кто привёл в пример центр во Владивостоке?");
        assertTrue(who.lead().contains("Сэко"), who.lead());
        Answer.Answered he = assertInstanceOf(Answer.Answered.class, askAfter(who, "а он кто вообще?"));
        assertTrue(he.statements().get(0).fact().id().equals("card-seko"), he.statements().get(0).fact().id());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a follow-up without a question word asks what the question before asked, of what it names instead
            "Сколько мероприятий прошло в рамках перекрёстного года в России?|а участников?|1,5 млн",
            "When did Lavrov and Kono meet in Moscow?|and in Japan?|Spring 2018",
    })
    void aFollowUpGoingOnAsksWhatTheQuestionBeforeAsked(String first, String next, String lead) {
        Answer.Answered after = assertInstanceOf(Answer.Answered.class, askAfter(answered(first), next), next);
        assertTrue(after.lead().toLowerCase(java.util.Locale.ROOT).contains(lead.toLowerCase(java.util.Locale.ROOT)), after.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a chief asked of what no card names a chief of: not whoever the fact names, nor the chief of another body
            "Кто генеральный директор будущего СП по железнодорожным системам управления?",
            "鉄道制御システムを作る合弁会社の社長は誰ですか？",
            "Who is the head of Toshiba?",
            "Кто возглавляет компанию Тосиба?",
            "東芝のトップは誰？",
    })
    void aChiefNoCardNamesIsRefused(String question) {
        assertInstanceOf(Answer.Refused.class, ask(question), question);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the head of a body whose head a card names: its minister, not its spokeswoman; its CEO
            "Кто возглавляет МИД России?|Лавров",
            "ロシア外務省のトップは誰ですか？|ラブロフ",
            "Кто гендиректор РФПИ?|Дмитриев",
            "RDIFのCEOは誰？|ドミトリエフ",
    })
    void theHeadOfABodyIsTheOneItsCardNames(String question, String lead) {
        assertLeads(question, lead);
    }

    @Test
    void theChiefOfWhatWasSpokenOfIsAskedByAPronoun() {
        Answer.Answered fund = answered("Что такое РФПИ?");
        Answer.Answered chief = assertInstanceOf(Answer.Answered.class, askAfter(fund, "А кто его гендиректор?"));
        assertTrue(chief.lead().contains("Дмитриев"), chief.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the currency of a figure: a growth in per cent gives none, nor does the worth of a deal no fact prices
            "Was the 17% growth in trade counted in dollar terms?",
            "Рост товарооборота на 17% — это в долларовом выражении?",
            "2018年の貿易の伸びはドル建ての数字ですか？",
            "How much is Toshiba's logistics contract worth?",
    })
    void aCurrencyOrWorthNoFactGivesIsRefused(String question) {
        assertInstanceOf(Answer.Refused.class, ask(question), question);
    }

    @Test
    void aSumOfMoneySaysItsCurrency() {
        assertInstanceOf(Answer.Answered.class, ask("In what currency did Galushka count the Japanese investment?"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "where" after a name, in a clause closed by a dash, tells which meeting; the question asks after the dash
            "Abe's summit with Putin in Vladivostok where the island projects were chosen - in which year?|2017",
            // "что за" and a noun asks for one of its kind
            "Продление года межрегиональных обменов — что за орган его обсуждал?|одкомисси",
            // the act of a relative clause describes what the question names, not the one asked for
            "Что за план из 8 пунктов, о котором пишут в новостях, и чей он?|Абэ",
    })
    void theQuestionWordThatAsksDecides(String question, String lead) {
        assertLeads(question, lead);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // two counts of different things joined are two asks
            "協力プランのプロジェクトについて、策定された数と実施中の数は？|130|60",
            "Перекрёстный год: число мероприятий в России и число участников?|600|1,5",
    })
    void twoCountsOfDifferentThingsAreBothAnswered(String question, String one, String other) {
        Answer.Answered a = answered(question);
        assertTrue(a.lead().contains(one) && a.lead().contains(other), question + " -> " + a.lead());
    }

    @Test
    void aClauseAskingNoValueIsAnsweredByTheFactTheQuestionsItAnswersShareItsWords() {
        Answer.Answered a = answered("В проект какой компании вложатся партнёры РФПИ и что в нём собираются строить?");
        assertTrue(a.lead().contains("Транснефть"), a.lead());
        assertTrue(a.statements().stream().anyMatch(s -> s.fact().id().equals("econ-submarine-cables")),
                a.statements().stream().map(s -> s.fact().id()).toList().toString());
    }

    @Test
    void thatPersonAfterAPersonAnsweredIsThatPersonWhateverElseTheQuestionNames() {
        Answer.Answered who = answered("2018年の日露貿易が17%伸びたと言ったのは誰？");
        assertTrue(who.lead().contains("オレシキン"), who.lead());
        Answer.Answered post = assertInstanceOf(Answer.Answered.class, askAfter(who, "その人のロシア政府での役職は？"));
        assertTrue(post.lead().contains("経済発展"), post.lead());
    }

    @Test
    void aJapaneseTopicBeforeACommaIsPartOfWhatIsAsked() {
        Answer.Refused r = assertInstanceOf(Answer.Refused.class,
                ask("うちは札幌の商社です。北海道とサハリン州の経済協定、署名したのは誰ですか？"));
        assertTrue(r.reason().contains("北海道"), r.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a programme began in the first year its card says it was held, whatever later words about it are dated
            "Когда стартовали Перекрёстные годы?|2018",
            "What year did the Russia-Japan cross years kick off?|2018",
    })
    void aProgrammeBeganInItsFirstYearHeld(String question, String year) {
        assertLeadHas(question, year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the start told only by its month: the year of another event of the programme is no answer
            "What year did the Year of Interregional Exchanges get going?",
            "地域交流年は何年にスタートした？",
            // the month no fact gives: not the month of the leaders' praise a year later
            "В каком месяце начались Перекрёстные годы?",
    })
    void aBeginningNoFactDatesIsRefused(String question) {
        assertInstanceOf(Answer.Refused.class, ask(question), question);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the official or full name of what the question names is the first the alias table gives it
            "For the press release I need the official name of the interregional exchanges year.|Interregional and Sister-City",
            "Как полностью официально называется Год межрегиональных обменов?|межрегиональных и побратимских",
            "地域交流年の正式名称を教えてください|地域・姉妹都市交流年",
            "Полное наименование РФПИ?|Российский фонд прямых инвестиций",
    })
    void theOfficialNameIsTheOneTheAliasTableGivesFirst(String question, String name) {
        assertLeads(question, name);
    }

    @Test
    void everyStageIsTimed() {
        assertEquals(java.util.Set.of("resolve", "analyse", "retrieve", "decide", "compose"),
                answered("When was the Year of Interregional Exchanges extended?").stageNanos().keySet());
    }

    @Nested
    class QuotationsRankingsAndWhoseWords {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a statement quoted as someone's that no fact holds
                "At which meeting did Putin say \"Japan and Russia are eternal neighbours\"?",
                "На какой встрече Путин сказал: «Япония и Россия — вечные соседи»?",
                "プーチン大統領が「日本とロシアは永遠の隣人だ」と述べたのはどの会談？",
                // the words of the person named, not another's words about them
                "Нужна цитата Синдзо Абэ о его плане — что он сам сказал в Токио в июне 2019 года?",
                // the event asked placed elsewhere by the best fact: no other fact's date for it
                "Our draft says Putin and Abe agreed on the interregional year at a summit in Tokyo. What date was the Tokyo summit?",
                // a count of what the best fact speaks of (the concert), not of the year's events
                "How many people were in the audience at the concert closing the Cross Years?",
                // the most of its kind, where no fact ranks
                "What was the biggest event of the Cross Years?",
                "Какое мероприятие Перекрёстных годов было самым массовым?",
                "日露交流年で一番人気だった行事は何？",
                // the exact name of a thing the facts speak of only in common words
                "Какое точное название у японского детского хора, который должен был петь на закрытии Перекрёстных годов?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a statement quoted in other words than the fact's, its own words held
                "Кто сказал, что народы двух стран «открыли для себя очарование друг друга»?|Абэ",
                "「互いの魅力を発見した」と語ったのは誰？|安倍",
                // the writer's own draft in quotation marks is what the answer corrects
                "Which month did the Year of Interregional Exchanges kick off? Our office wants to say it \"opened in spring\".|January",
                // a quotation being translated, whose words the fact holds but a place's ("故郷"): names are no words of it
                "「故郷の姉妹都市」という発言を訳しています。大阪の姉妹都市であるロシアの都市はどこ？|ペテルブルク",
                // the persons named are what was announced, not who spoke
                "В какой день МИД сообщил, что Лавров и Коно встретятся весной?|12",
                // "самом" of "в самом конце" ranks nothing
                "Какой орган в самом конце 2021 года обсуждал продление Года межрегиональных обменов?|одкомисси",
                // a name asked to be spelt is a person's
                "Как правильно пишется фамилия японского министра, с которым Лавров должен был встретиться весной 2018 года?|Коно",
                // the head's name, not the fund's full one
                "Как правильно пишется имя главы РФПИ?|Дмитриев",
                // a country is headed by its president or prime minister, not by its ministers (nor a firm it works with)
                "Кто возглавляет Россию?|Путин",
                "Who heads Japan?|Abe",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @Test
        void aFirstTheFactStatesIsAnswered() {
            Answer.Answered a = answered("Which were the first cross years in the history of Russia-Japan relations?");
            assertTrue(a.statements().get(0).text().contains("2018"), a.statements().get(0).text());
        }

        @Test
        void theWordsOfThePersonNamedAreAnswered() {
            Answer.Answered a = answered("What did Oreshkin say about the results of Abe's 8-point plan?");
            assertTrue(a.statements().get(0).text().contains("Oreshkin"), a.statements().get(0).text());
        }
    }

    @Nested
    class AQuizItemOrAHalfRememberedQuestion {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a statement to judge true or false: its verdict, with the fact's figure or name for the question's
                "True or false: in November 2021 Russia and Japan agreed to prolong the Year of Interregional and Sister-City Exchanges by two more years.|False: 1 more year (not 2)",
                "True or false: trade between Russia and Japan grew by 17% in 2018.|True: 17%",
                "True or false: Osaka is the sister city of Moscow.|False: Saint Petersburg (not Moscow)",
                "T/F: the Year of Interregional Exchanges was extended by 2 years in 2021|False: 1 more year (not 2)",
                "Верно или неверно: Лавров и Коно встречались в Токио в ноябре 2017 года.|Неверно: Москва (а не Токио)",
                "○か×か：2018年の露日貿易は27%増えた。|×（誤り）：17%",
                // a change asked with "what … by"
                "what did maxim oreshkn say trade between russia and japan grew by in 2018?|17%",
                // the year of the report cited is not the time asked, nor is the report the act asked
                "In what month did the Year of Interregional Exchanges begin, according to the Russkiy Mir report from 2021?|January",
                "2021年の報道によると、地域交流年は何月に始まった？|1月",
                // a hedge on a name asks nothing
                "Год межрегиональных обменов, или как он там называется, в каком месяце он начался, если верить новости 2021 года?|январ",
                // a lesson's label before a colon: its number is no figure of the question
                "Year 11 lesson prep: in which city did Putin and Abe agree to hold a Year of Interregional and Sister-City Exchanges?|Osaka",
                // a name guessed after the question is the answer to check, not whom the question is about
                "who was the foreign ministry spokeswoman in the tass piece about lavrov meeting kono? maria zakarova?|Zakharova",
                "「2018年は日露関係にとって特に重要な年になる」って言ったロシア外務省の報道官、名前なんでしたっけ？ザハロフ…？|ザハロワ",
                // a name spelt another way or heard with its ending blurred
                "в каком году Синзо Абе предложил свой план сотрудничества из восьми пунктов?|2016",
                // two names and a question after them: no name guessed alone
                "The two foreign ministers who were meant to get together in spring 2018 - the Russian one was Lavrov I think, and the Japanese one Kano? Kono? Who exactly were they?|Kono",
                // a figure given in Japanese is corrected as given, with its counter only (no kana word read as 司会)
                "2020年の交流行事の参加者は4万人くらいしかいなかった。この数字で合っていますか？|（4万人ではありません）",
                // which of two came first, asked after them; a noun asked with どれ
                "2017年の出来事の順番を確認させてください。ウラジオストクでのプーチン・安倍会談と、モスクワでのラブロフ・河野会談、先にあったのはどっちですか？|ウラジオストク",
                "ロシアの物流センターに設備を提供している日本企業はどれ？|東芝",
                // a student's answer to check, its year given otherwise by the fact of that act
                "One of my students answered that Abe proposed his eight-point cooperation plan in 2018. Is that correct?|2016 (not 2018)",
                "True or false: Lavrov and Kono held talks in Moscow in 2016.|False: 2017 (not 2016)",
                "安倍首相が8項目の協力プランを提案したのは2018年で合っていますか？|2016年（2018年ではありません）",
                // the writer's topic is no premise of the question, unless the question asks of it
                "I'm preparing a lesson on the 2018 cross years. Who was the Russian foreign minister scheduled to meet Japan's Taro Kono that spring?|Lavrov",
                "I'm reading about the cross years. When did they open?|2018",
                // a quoted statement whose figure is asked to be checked, a noun of it asked too
                "Pasted from a message: \"Putin recalled that the Cross Years programme had more than 500 events, all with top-class professionals.\" Is 500 right, or did he give a different number?|(not 500)",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a sum asked of a fact whose only digits are its date
                "How much was Russia's contract with Toshiba for the logistics centre equipment worth?",
                "東芝がロシアの物流センターに納めた設備の金額はいくらだったんですか？",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @Test
        void aPlaceHeardWithItsEndingBlurredIsThePlace() {
            Answer.Answered a = answered("ヤロスラフ州？だったかな、そこで日本の薬を作る予定だという話があったと思うんですが、何の病気の薬でしたか？");
            assertTrue(a.statements().get(0).text().contains("白血病"), a.statements().get(0).text());
        }
    }
    @Nested
    class AQuestionPassedOnInAClubChat {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the one who passes a question on, and where they are from, is no premise of the question
                "A member from our Sakhalin branch asks: during the Year of Interregional Exchanges, roughly how many projects had the Japanese side organised by November 2021?|150",
                "Участница, которая в девяностые преподавала русский в Ниигате, спрашивает: в каком году японский премьер предложил план сотрудничества из восьми пунктов?|2016",
                // a patronymic in katakana between the given name and the surname
                "コンスタンチン・ユーリエヴィチ・ノスコフ大臣が、郵便分野での協力の例として名前を挙げた日本の企業はどこですか？|東芝",
                // a capital opening a quoted message after ">" opens a sentence: it is no name
                "Пересылаю заметку ТАСС: «> Достигнуты договорённости о проведении встречи министров иностранных дел двух стран в Японии весной 2018 года». Кто это заявил?|Захаров",
                // agreed to meet is the plan asked, not what came of it
                "С кем из японских коллег Сергей Викторович Лавров договорился встретиться в 2018 году?|Коно",
                // a bare "which one" after a sentence that speaks of one company, with a "что" of what was said before it
                "Кирилл Дмитриев сообщал, что японские и южнокорейские партнёры РФПИ готовы вложиться в цифровой проект одной российской компании. Какой именно?|Транснефть",
                // the firm is the one that supplies, not the minister who mentioned it, and the talks it was named at count
                "The Russian digital development minister who sat in on the talks with Seko mentioned a Japanese firm that supplies equipment for our logistics centres. Which company was it?|Toshiba",
                // a growth asked as a share of a trade value, the value's word of money naming no currency
                "ハバロフスクの大学生です。ゼミの発表用に、2018年に日露の貿易額が何％伸びたのか知りたいです。|17%",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // whether something is still so: the articles tell of their own dates
                "Is Seko still the minister in charge of economic ties with Russia?",
                "Сэко до сих пор отвечает за экономическое сотрудничество с Россией?",
                "スプートニクの記事では、世耕さんがロシアとの経済協力の担当となっていました。今も世耕さんがその担当なのでしょうか？",
                // a second time claimed of what the fact says was the first
                "Захарова в январе 2018-го говорила, что Год России в Японии и Год Японии в России пройдут уже во второй раз. А когда проходили первые такие перекрёстные годы?",
                // a sum of money asked of a growth the facts give only as a share
                "2018年に17％伸びたという日露の貿易額は、金額にするといくらだったのでしょうか。ドル建てで知りたいです。",
                "By how many dollars did trade grow in 2018?",
                // asked yes or no, the opposite of the fact is not confirmed (no verdict was asked)
                "Did trade between Russia and Japan fall in 2018?",
                "Were the 2018 cross years held for the second time?",
                // a hall asked of a concert the facts do not place
                "In which concert hall was the concert closing the Russia-Japan Cross Years held?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "True or false: trade between Russia and Japan fell in 2018.|False|grew by 17%",
                "True or false: the 2018 cross years were held for the second time.|False|first such",
                "Верно или неверно: Год России в Японии и Год Японии в России в 2018 году проводились уже во второй раз?|Неверно|впервые",
                "○か×か：2018年の日露貿易は減少した。|×|増加",
        })
        void aStatementToJudgeSayingTheOppositeOfTheFactIsFalse(String question, String lead, String said) {
            Answer.Answered a = answered(question);
            assertTrue(a.lead().startsWith(lead) && a.statements().get(0).text().contains(said), question + " -> " + a.lead());
        }

        @Test
        void heAfterAFigureIsWhoeverGaveIt() {
            Answer.Answered figure = answered("By what percentage did trade between Russia and Japan grow in 2018?");
            Answer.Answered next = assertInstanceOf(Answer.Answered.class, askAfter(figure, "who was the japanese minister he was about to meet?"));
            assertTrue(next.lead().contains("Seko"), next.lead());
        }

        @Test
        void aListTheFactsGiveIsAnswered() {
            Answer.Answered a = answered("List the five areas chosen for joint projects on the islands.");
            assertTrue(a.statements().get(0).text().contains("aquaculture"), a.statements().get(0).text());
        }

        @Test
        void aValueNoFactGivesIsRefusedWithWhatTheBestFactSays() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Which hall hosted the closing concert of the cross years?"));
            assertTrue(r.message().contains("do not say where") && r.message().contains("concert"), r.message());
        }

        @Test
        void aQuestionStillSoSaysAsOfWhen() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Is Seko still the minister in charge of economic ties with Russia?"));
            assertTrue(r.message().contains("2020") && r.message().contains("still so"), r.message());
        }
    }

    /** Questions of people taking part in the exchanges: their own trip and town, how to join, next year's events. */
    @Nested
    class AnExchangeParticipantsQuestion {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the writer's trip, told without "я", dates nothing asked
                "Я школьница из Саппоро, в сентябре еду в Россию по обмену. С каким российским городом Осака — побратим?|Петербург",
                // the ministry by the letters of its Russian name
                "Who at the Russian MID announced that Lavrov and Kono would meet in spring?|Zakharova",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a year from today: the articles end years before it
                "What sister-city events are planned for next year?",
                "Какие мероприятия Года межрегиональных обменов пройдут в следующем году?",
                "来年の姉妹都市交流のイベントの日程を教えてください。",
                // the writer's own towns, told in the sentence before, which the articles never mention
                "Our town Khabarovsk is twinned with Niigata. Is there anything about our cities in the articles?",
                "Мой город Хабаровск дружит с Ниигатой. Есть ли что-нибудь про наши города?",
                // how to join, whom to contact, where to eat: no article tells
                "How can I apply for a homestay through the sister-city exchange year, and who do I contact?",
                "姉妹都市交流のホームステイに参加したいです。申し込みはどこでできますか？",
                "大阪でおいしいお好み焼きの店を教えてください。",
                // a visa, even for a purpose: "for their health" asks no one's health, "for a visa" asks the visa
                "What documents do I need for a Japanese visa?",
                "Какие документы нужны для японской визы?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "What events are planned for next year?|go up to 22 November 2021|2027",
                "Какие мероприятия пройдут в следующем году?|доходят до 22 ноября 2021|2027",
                "来年のイベントはいつありますか？|2021年11月22日まで|2027年",
                "Who will host the exchange year events in 2030?|go up to 22 November 2021|2030",
        })
        void aYearAfterTheArticlesIsRefusedSayingHowFarTheyGo(String question, String reach, String year) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.message().contains(reach) && r.message().contains(year), r.message());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // question words listed by a comma, and a noun after the last comma, ask each their value
                "Lavrov Kono mtg - when, where?|November 2017|Moscow",
                "Лавров и Коно, встреча — когда, где?|ноября 2017|Москва",
                "JP PM who proposed 8-pt plan, yr?|Abe|2016",
                "Кто предложил план из 8 пунктов, год?|Абэ|2016",
        })
        void asksListedInShorthandAreEachAnswered(String question, String one, String other) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(one) && lead.contains(other), question + " -> " + lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a plan named alone is the event its card dates (proposed in 2016), not a later report on it
                "Which came first: the Osaka agreement on the exchange year or the 8-point plan?|8-point plan",
                "Что было раньше: план из 8 пунктов или договорённость в Осаке?|план из 8 пунктов",
                "8項目プランと大阪での合意、どちらが先？|8項目プラン",
        })
        void theEarlierOfTwoIsTheOneItsFactsDateFirst(String question, String earlier) {
            Answer.Answered a = answered(question);
            assertTrue(a.lead().contains(earlier) && a.statements().get(0).text().contains("2016"), question + " -> " + a.lead());
        }

        @Test
        void theStartAskedAfterTheAgreementIsTheMonthItBegan() {
            Answer.Answered agreed = answered("2019年に大阪でプーチン大統領と安倍首相は何の交流年を行うことで合意したの？");
            Answer.Answered began = assertInstanceOf(Answer.Answered.class, askAfter(agreed, "その交流年は何月に始まったの？"));
            assertTrue(began.lead().contains("1月"), began.lead());
        }

        @Test
        void theyAfterACountAreTheThingsCountedListed() {
            Answer.Answered count = answered("Сколько направлений совместной хозяйственной деятельности на Южных Курилах одобрили лидеры?");
            Answer.Answered listed = assertInstanceOf(Answer.Answered.class, askAfter(count, "Какие они? Перечисли, пожалуйста."));
            assertTrue(listed.statements().get(0).text().contains("аквакультур"), listed.statements().get(0).text());
        }
    }

    /** A reporter's shorthand on deadline: outlets by their initials, wires credited, reactions and photos asked. */
    @Nested
    class AReportersShorthand {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the outlet by its initials, the source it names as credited
                "RM piece of 1 July 2019 on the interregional year: which wire does it credit?|RIA Novosti",
                "Год межрегиональных обменов — с какого месяца стартовал, по заметке РМ от 22.11.2021?|январ",
                // a last part opening with the noun it asks, and saying whose or what for after it
                "RF-JP deputy FM talks, next round — month per Zakharova|February",
                "Vladivostok Putin/Abe meeting — exact date for the timeline box|7 September",
                "Abe's 8-point plan — yr proposed|2016",
                "RDIF総裁 名前カナ|ドミトリエフ",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            assertTrue(answered(question).lead().toLowerCase(java.util.Locale.ROOT).contains(expected.toLowerCase(java.util.Locale.ROOT)), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a reaction or a quote of someone the articles do not quote, a photo credit
                "Kono's reaction to the announcement of the spring meeting: any quote from him?",
                "Реакция Коно на заявление Захаровой — есть комментарий от него?",
                "ザハロワ発言への河野外相の反応、コメント欲しい",
                "Photo credit for the Russkiy Mir piece on the extension?",
                // a figure of a year its fact names only as the year it was reported in
                "Товарооборот РФ–Япония за 2019 г., г/г?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }
    }

    /** Messages of families who mix languages: words of another language left in, names typed in lower case, two asks. */
    @Nested
    class AMessageMixingLanguages {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a word of another language is searched by its English words too, and is no unknown name
                "when exactly did the subcommittee of the intergovernmental commission discuss продление of the interregional year?|22",
                "日本の白血病の薬 лекарства от лейкоза ロシアのどこで作り始めるって言ってた？|ヤロスラ",
                // "の次の" of a meeting is the next round, no one's successor
                "ザハロワ報道官が言ってた日露の外務次官レベルの次の協議って何月の予定だった|2月",
                // a verb after "министром" is no field of his ministry
                "с каким японским министром встречался орешкин в токио в июне 2019?|Сэко",
                // the working groups of the joint activity on the islands are the islands' groups
                "лавров и коно в москве в конце ноября договорились про рабочие группы по курилам — это какой год был?|2017",
                // a season someone else believes is what the month asked answers
                "с какого месяца стартовал год межрегиональных обменов? свекровь из саппоро уверена что с весны|январ",
                // the head of a fund described by what he said is the one who said it
                "who is the RDIF head who said japanese and korean partners are ready to invest in the transneft telecom thing|Dmitriev",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(expected), question + " -> " + lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // whose a disputed territory is: no article says, whichever country a fact names
                "Who do the Kuril Islands belong to?",
                "Кому принадлежат Курилы — России или Японии?",
                "北方領土はどっちの国のもの？",
                // flights and fares between two cities the articles name
                "Is there a direct flight from St Petersburg to Osaka?",
                "サンクトペテルブルクから大阪への直行便ってある？ 往復いくらくらい",
                "サンクトペテルブルクから大阪まで往復いくらくらい？",
                // a sum in a currency, where the facts give a growth in per cent
                "What was Russia-Japan trade in 2018 in dollar terms?",
                // a cause asked yes or no, with the figure given right or wrong: the articles give no cause
                "trade grew 17% in 2018, was that mostly because of energy?",
                "oreshkin said trade jumped 27% in 2018 right, was that mostly because of energy?",
                "товарооборот в 2018 вырос на 25% говорят, за счет чего такой рост?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @Test
        void thatOneAfterAMeetingIsThatMeeting() {
            Answer.Answered minister = answered("who was the japanese foreign minister that lavrov was supposed to meet in spring 2018?");
            Answer.Answered before = assertInstanceOf(Answer.Answered.class,
                    askAfter(minister, "and where and in which month had the two of them talked before that"));
            assertTrue(before.lead().contains("Moscow"), before.lead());
            Answer.Answered agreed = assertInstanceOf(Answer.Answered.class, askAfter(before, "what did they agree on at that one"));
            assertTrue(agreed.statements().get(0).text().contains("working groups"), agreed.statements().get(0).text());
        }
    }

    /** Newcomers who half-remember: a guess to complete, a vague name, slang, "some year", what it means for them. */
    @Nested
    class ANewcomersHalfRememberedQuestion {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a range guessed around the figure is no figure of its own; a year guessed is corrected by the plan's
                "товарооборот за 2018? процентов на 15-20 вырос вроде|17%",
                "план абэ из 8 пунктов в каком году выдвинули, в 2015-м что ли?|2016",
                // a ministry by its slang name, a body given equipment by what it supplies
                "как зовут мужика, который у нас министерством цифры рулит?|Носков",
                "which japanese company gives russia the equipment for its logistics centres?|Toshiba",
                // the country a place asked of lies in, by its card, not a country its fact names beside it
                "大阪ってどこの国？|日本",
                "Which country is Vladivostok in?|Russia",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(expected), question + " -> " + lead);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // what it means for ordinary people, and prices in the shops: no article says
                "will those undersea cables make internet cheaper for normal people in russia?",
                "японские тачки подешевеют от этого плана?",
                "貿易が17%伸びたって、俺らふつうの人の生活に何か関係あんの？",
                // the worth of a contract the articles name without a sum
                "東芝がロシアに出してる物流センターの設備、契約っていくらぐらいなの？",
                // a teaser of the page, named in lower case and another case
                "чё там за совместные морские учения россии и японии в аденском заливе?",
                // whose the islands are, however asked; who owns a company
                "Which country are the Kuril Islands in?",
                "who owns the southern kurils nowadays?",
                "Who owns Toshiba?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "на курилах совместные проекты — сколько направлений лидеры одобрили?|а какие?|аквакультур",
                "How many areas did the leaders approve for joint projects on the Kurils?|what are they?|aquaculture",
        })
        void whichOnesAfterACountAreTheThingsCounted(String count, String whichOnes, String listed) {
            Answer.Answered counted = answered(count);
            Answer.Answered them = assertInstanceOf(Answer.Answered.class, askAfter(counted, whichOnes));
            assertTrue(them.statements().get(0).text().contains(listed), them.statements().get(0).text());
        }
    }
    @Nested
    class AQuestionAskedThroughItsPlace {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // "どちらの国で" asks a country, "会談はどちらで" where: no meeting is asked which
                "ザハロワ報道官によると、2018年春のラブロフ・河野の外相会談はどちらの国で開く予定でしたか。|日本",
                // a clause opening with "when" tells of which occasion; the question after it asks
                "When Oreshkin spoke in Tokyo, how much did trade grow in 2018?|17%",
                "Когда Орешкин выступал в Токио, на сколько вырос товарооборот в 2018 году?|17%",
                // the capital told as where something happened asks no capital
                "日本の首都でオレシキン経済発展相が話したとき、2018年の日露貿易は何パーセント伸びたと言っていましたか？|17",
                // a day written with its month's name is a date, no figure to check
                "Кто из российских министров выступал в Токио 10 июня 2019 года и на сколько вырос товарооборот в 2018-м?|17%",
                // "the minister who spoke … - how much": the "who" opens a relative clause
                "The minister who spoke in Tokyo on June 10, 2019 - how much did he say trade grew in 2018?|17%",
                // a city by its region
                "茨城県の研究学園都市で2019年6月にあったG20の大臣会合、都市名は何でしたか？|つくば",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(expected), question + " -> " + lead);
        }

        @Test
        void placesJoinedAreEachAVenueOfOneOfTheThingsAsked() {
            Answer.Answered both = answered("What will Japan produce in Moscow Region and in Yaroslavl Region?");
            String told = EvalRunner.spokenText(both);
            assertTrue(told.contains("leukaemia") && told.contains("railway"), told);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the closing concert's city and hall: the Osaka meeting that praised the Cross Years was no concert
                "In which city will the concert closing the Russia-Japan Cross Years take place?",
                "In which city and at which hall will the closing concert of the Cross Years take place?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @Test
        void thatTownAfterAFactToldIsTheFactsPlace() {
            Answer.Answered centre = answered("沿海地方のウラジオストクに、日本がつくった医療の施設があると聞きました。どんな施設ですか？");
            Answer.Answered date = assertInstanceOf(Answer.Answered.class,
                    askAfter(centre, "その町では日露の首脳会談もありましたよね。あれは何年の何月何日？"));
            assertTrue(date.lead().contains("2017年9月7日"), date.lead());
        }

        @Test
        void thatTownAfterACountIsThePlaceOfTheFactCounting() {
            Answer.Answered patients = answered("How many Russian patients has the Japanese rehabilitation centre treated?");
            Answer.Answered date = assertInstanceOf(Answer.Answered.class,
                    askAfter(patients, "That town also hosted a Putin-Abe summit. What was the date?"));
            assertTrue(date.lead().contains("7 September 2017"), date.lead());
        }

        @Test
        void theCapitalOfARegionIsFoundByItsCity() {
            Answer.Answered centre = answered("Что японцы открыли в столице Приморья?");
            assertTrue(centre.statements().get(0).text().contains("реабилитационный"), centre.statements().get(0).text());
        }
    }

    @Nested
    class ADoubtingFollowUp {
        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                "When was the Year of Interregional Exchanges extended?|are you sure?|22 November 2021",
                "Когда продлили Год межрегиональных обменов?|ты уверен?|продлить",
                "2018年に日露の貿易はどれくらい伸びた？|本当に？|17%",
        })
        void isAnsweredWithTheFactAnsweredAgain(String question, String doubt, String told) {
            Answer.Answered again = assertInstanceOf(Answer.Answered.class, askAfter(answered(question), doubt));
            assertTrue(again.statements().get(0).text().contains(told), again.statements().get(0).text());
        }

        @Test
        void ofTheLastAnswerNotTheQuestionBeforeIt() {
            Answer.Answered year = assertInstanceOf(Answer.Answered.class,
                    askAfter(answered("Who proposed the eight-point plan?"), "and when was that?"));
            Answer.Answered again = assertInstanceOf(Answer.Answered.class, askAfter(year, "are you sure?"));
            assertTrue(again.statements().get(0).text().contains("2016"), again.statements().get(0).text());
        }
    }

    @Nested
    class AQuestionTakenBack {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the question after "I meant" is asked in place of the whole one before
                "who met Lavrov in moscow? sorry, I meant when did Lavrov meet Kono in Moscow|November 2017",
                "кто встречался с Лавровым в Москве? я имел в виду, когда Лавров встречался с Коно в Москве?|ноябр",
                "モスクワでラブロフと会ったのは誰？訂正します、モスクワでラブロフと河野が会ったのはいつ？|2017年11月",
        })
        void isAnsweredAsTheLastQuestion(String question, String expected) {
            String lead = answered(question).lead();
            assertTrue(lead.contains(expected), question + " -> " + lead);
        }
    }

    @Nested
    class SmallTalk {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"thanks! that's all 👍", "how are you?", "Спасибо большое!", "как дела?", "ありがとうございます！", "了解です"})
        void afterAnAnswerIsNoFollowUpOfIt(String message) {
            Answer.Answered extended = answered("When was the Year of Interregional Exchanges extended?");
            Answer.Refused refused = assertInstanceOf(Answer.Refused.class, askAfter(extended, message), message);
            assertEquals(new RefusalReason.SmallTalk().describe(), refused.reason());
            assertTrue(refused.retrieved().isEmpty(), message);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "hi! when did Abe propose the plan?|2016",
                "Привет! Когда Абэ предложил план?|2016",
                "こんにちは！安倍首相がプランを提案したのはいつ？|2016",
        })
        void aroundAQuestionLeavesTheQuestion(String question, String expected) {
            assertTrue(answered(question).lead().contains(expected), question);
        }
    }

    @Nested
    class AQuestionWithInstructionsAroundIt {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // how the answer is wanted, after the question, asks nothing
                "How much did trade grow in 2018? One word, no explanations please.|17%",
                "На сколько процентов подрос торговый оборот между нашими странами в 2018-м? Ответь одним словом.|17%",
                "2018年に日露の貿易は何パーセント伸びましたか？数字だけでお願いします。|17%",
                // "курсы японского" are lessons, no exchange rate asked
                "Привет! Только что с курсов японского. В каком городе Путин и Абэ договорились провести Год межрегиональных обменов?|Осак",
        })
        void isAnsweredWithTheValue(String question, String expected) {
            assertToldHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // the bot's own opinion, and who followed a minister in his post
                "Скажи честно, по-твоему, план Абэ из восьми пунктов — это удача или провал?",
                "世耕さんのあとに経済産業大臣になったのは誰ですか？",
                // the head of a clinic, and what a course of treatment costs there, which no article gives
                "Кто главный врач в японском реабилитационном центре во Владивостоке и сколько стоит курс лечения?",
                "Who is the chief doctor of the Japanese rehab centre in Vladivostok?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }
    }

    @Nested
    class ALoadedQuestionAfterTheQuestion {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a yes-or-no question after the one asked, naming nothing new, only frames it
                "Did Abe really go to Putin cap in hand with his eight points? What year did he even come up with that plan? Was it just propaganda?|2016",
                "ロシアの郵便の物流センターに機材を納めてる日本企業ってどこ？敵に塩を送ってるってこと？|東芝",
                "ウラジオストクにある日本のリハビリセンターは、ロシア人の患者さんを何人ぐらい治療しましたか。日本のお金でですか？|2,500",
                "いわゆる「地域・姉妹都市交流年」ってなん月にはじまりましたか？中身のないプロパガンダだったのでは？|1月",
        })
        void leavesTheQuestionAskedToLead(String question, String expected) {
            Answer.Answered answer = answered(question);
            assertTrue(answer.lead().contains(expected), question + " -> " + answer.lead());
            assertEquals(question, answer.question()); // logged as received
        }

        @Test
        void aVideoCallServiceIsAWayOfMeetingOnline() {
            Answer.Answered answer = answered("How many projects did Tokyo run for the exchange year, and were most of them just Zoom calls?");
            assertTrue(answer.lead().contains("150"), answer.lead());
            assertTrue(answer.statements().stream().anyMatch(st -> st.text().contains("online")), answer.statements().toString());
        }

        @Test
        void namingSomethingUnknownStillAsks() {
            // the towns it names are none the articles speak of
            assertInstanceOf(Answer.Refused.class, ask("Which Russian and Japanese towns took part in the nearly 150 projects of the"
                    + " Year of Interregional Exchanges? Were Nakhodka and Maizuru among them?"));
        }
    }

    @Nested
    class ABodyAskedThroughItsOfficer {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the fund whose chief said so
                "Which Russian fund claims Japanese and South Korean partners are ready to put cash into a Transneft Telecom project?|Russian Direct Investment Fund",
                // "which of our ministers" asks a person
                "Which of our ministers was it that said Toshiba is supplying kit for Russian logistics centres?|Noskov",
                // the one whom a plan was put to is no actor of the proposal
                "What year did Abe come up with the plan he took to Putin?|2016",
                // a name asked as "名前なんだっけ"
                "2018年は日露関係にとって特別な年になる、なんて大げさに言ってたロシア外務省の女性報道官、名前なんだっけ？|ザハロワ",
        })
        void isLedByIt(String question, String expected) {
            Answer.Answered answer = answered(question);
            assertTrue(answer.lead().contains(expected), question + " -> " + answer.lead());
        }

        @Test
        void someonesIdeaIsTheProposalOfIt() {
            // "Putin's idea" asks whether he proposed it: the articles give the plan to Abe
            Answer.Refused refused = assertInstanceOf(Answer.Refused.class, ask("Was the 8-point plan Putin's idea?"));
            assertTrue(refused.message().contains("Abe"), refused.message());
        }

        @Test
        void whoSomeoneIsAndWhatHeSaidIsHisCard() {
            Answer.Answered answer = answered("Галушка — это кто такой вообще, что он там про японские деньги рассказывал?");
            String told = answer.lead() + " " + answer.statements().get(0).text();
            assertTrue(told.contains("Дальнего Востока") && told.contains("16"), told);
            // another name in what follows is not the one asked who he is: Seko, never someone else
            Answer.Answered seko = answered("Кто такой Сэко и за что он благодарил Россию?");
            assertTrue(seko.lead().isEmpty() && seko.statements().get(0).text().contains("Министр экономики"),
                    seko.lead() + " " + seko.statements().get(0).text());
        }
    }

    @Nested
    class WhatNoArticleReports {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // what one leader privately thinks of another
                "What did Putin privately think of Abe? Did he actually respect him or just use him?",
                "Что Путин на самом деле лично думает об Абэ — уважает его или считает слабаком?",
                "プーチンは内心、安倍をどう思っていたの？",
                // sanctions, which no article mentions, even with a figure the articles give beside them
                "Какие санкции Токио ввёл против России и насколько сильно они ударили по нашей торговле?",
                "Правда, что из-за санкций товарооборот России и Японии в 2018 году рухнул на 17%?",
                "日本の対露制裁はいつから？",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @Test
        void aLeaderPraisingAProgrammeIsStillAnswered() {
            assertInstanceOf(Answer.Answered.class, ask("What did Putin think of the cross years?"));
        }
    }

    @Nested
    class ForSomeReason {
        @Test
        void asksNoReasonAndTheFollowUpReadsTheFactAnswered() {
            // "зачем-то" (for some reason) asks no why: the extension is answered first, and "where" is of it
            Answer.Answered extended = answered("Год побратимских обменов с японцами зачем-то продлили — на сколько?");
            assertTrue(extended.statements().get(0).fact().id().equals("iy21-extended-one-year"), extended.statements().get(0).fact().id());
            Answer.Answered where = assertInstanceOf(Answer.Answered.class, askAfter(extended, "А где это обсуждали?"));
            assertTrue(where.lead().contains("подкомисси"), where.lead());
        }
    }

    @Nested
    class ThePlacesAndBodiesOfScience {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a place given as a landmark near another is no premise a fact must hold
                "Russia sent people to some G20 ministerial in Tsukuba, that science city near Tokyo - what was the meeting actually about?|digital",
                "東京の近くの研究学園都市で2019年にG20の大臣会合が開かれたそうですが、何をテーマにした会合でしたか？|デジタル",
                // a science city asked which is a city
                "В каком японском наукограде собирались министры «двадцатки» по торговле и цифре в июне 2019-го?|Цукуба",
                // the topic of a Japanese question is what いくつ counts
                "ロシア極東で日本の投資家がお金を出したプロジェクトは、合わせていくつあるんですか？|21",
                // a plan described by its areas is the plan whose proposal is asked
                "極東の産業振興や中小企業支援を柱にした、安倍さんの対ロシア協力プランが打ち出されたのは何年でしたか。|2016",
        })
        void areRead(String question, String expected) {
            assertToldHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // kinds of body the articles never mention
                "Which Russian and Japanese universities took part in the interregional exchange year?",
                "Какие российские университеты обмениваются студентами с японскими вузами в рамках года межрегиональных обменов?",
                "地域交流年にはどの大学が参加しましたか？",
                // what a clinic treats and how, how big it is, what a cable carries, how a drug works
                "Does the Japanese rehabilitation center in Vladivostok have inpatient beds, and how many?",
                "What kind of rehabilitation do they actually do at the Japanese centre in Vladivostok - stroke patients, orthopaedics, something else?",
                "Какие методики реабилитации используют в японском центре во Владивостоке — после инсульта, после травм?",
                "What data capacity will the Transneft Telecom submarine cables have?",
                "そもそも白血病の分子標的薬ってどういう仕組みで効くのか、わかりやすく説明してくれる？",
                // a company of a fact about something else is no answer: Toshiba makes no drugs
                "ロシアで作られることになった日本の白血病の薬、技術を提供するのはどこの製薬会社ですか？",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the kind of an asked noun the articles do write, or an abstract one, asks on
                "Which cutting-edge field, atomic power included, are Moscow and Tokyo supposed to collaborate in under Abe's proposals?|nuclear",
                "What kind of projects were chosen for the islands?|aquaculture",
                "How many patients did the Japanese centre in Vladivostok treat?|2,500",
        })
        void stillAnswers(String question, String expected) {
            Answer.Answered answer = answered(question);
            String told = answer.lead() + " " + answer.statements().stream().map(st -> st.text()).reduce("", String::concat);
            assertTrue(told.contains(expected), question + " -> " + told);
        }
    }

    @Nested
    class TheCulturalSide {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // what was sung, when a place is open and how to get there, since when two cities are twinned
                "What pieces did the Moscow Chamber Choir soloists sing at the closing ceremony? Is there a setlist somewhere?",
                "Какие песни исполнял японский детский хор на церемонии закрытия? Ищу репертуар для нашего хора",
                "閉会式で日本の子どもたちの合唱団は何の曲を歌ったんですか？セットリストが知りたいです",
                "What are the opening hours of the Japanese rehabilitation centre in Vladivostok, and how do I get there from the train station?",
                "В какие часы работает японский реабилитационный центр во Владивостоке и как до него добраться?",
                "Since which year are Osaka and Petersburg sister cities? When did the twinning begin?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a group asked for is a body
                "日露交流年をしめくくるコンサート、日本側からはどんなグループが出演する予定だったの？|児童合唱団",
                // 企画 are projects
                "地域交流年で日本側が手がけた企画はいくつくらい？|150",
                // the meeting a time is told by is no premise of the talks asked about
                "Lavrov and Kono had talks in Moscow some time after that September 2017 Putin–Abe meeting in Vladivostok. When was it?|November 2017",
        })
        void isLedByTheValue(String question, String expected) {
            Answer.Answered answer = answered(question);
            assertTrue(answer.lead().contains(expected), question + " -> " + answer.lead());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // where the writer met the name asks nothing: what it is, from its card
                "What is this 'Year of Interregional and Sister-City Exchanges' I keep seeing? Never heard of it before|Osaka",
                "すみません、ロシア語を勉強しています。ニュースによく出る「日露交流年」とはなんですか？|2018年",
        })
        void whatSomethingIsAfterWhereTheWriterMetIt(String question, String expected) {
            assertToldHas(question, expected);
        }

        @Test
        void theOtherSideIsTheSameSubject() {
            Answer.Answered russian = answered("Кто из российских хористов пел на закрытии Перекрёстных годов?");
            Answer.Answered japanese = assertInstanceOf(Answer.Answered.class, askAfter(russian, "а с японской стороны кто пел?"));
            assertTrue(japanese.lead().contains("детский хор"), japanese.lead());
        }

        @Test
        void theNewsOfItIsItsReport() {
            Answer.Answered choirs = answered("日露交流年の閉会式にはどんな合唱団が出演する予定でしたか？");
            Answer.Answered when = assertInstanceOf(Answer.Answered.class, askAfter(choirs, "その出演のニュースが出たのはいつでしたか？"));
            assertTrue(when.lead().contains("2019年7月1日"), when.lead());
        }
    }

    @Nested
    class PlansAndTheTimesTheyGave {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // whether a plan has been carried out by now: the articles report only the plan
                "Has the railway joint venture in the Moscow region already started production?",
                "モスクワ州の鉄道システムの日露合弁会社は、もう実際に工場を動かしていますか？",
                "ヤロスラブリで生産された日本の白血病の薬、ロシアの患者さんにはもうどれくらいの量が届いているの？",
                "2018年2月にやると言っていた日露の外務次官級協議は、ちゃんと予定どおり開かれたんでしょうか？",
                "Завод в Ярославле уже выпускает японские лекарства от лейкоза?",
        })
        void aPlanAskedAsDoneByNowIsRefused(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().startsWith(Answerability.ONLY_PLANNED), question + " -> " + r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Год межрегиональных обменов России и Японии ещё идёт сейчас или его уже закрыли?",
                "Is the interregional exchanges year running today?",
        })
        void whetherItIsSoNowIsNotToldByTheArticles(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().startsWith("the question asks whether it is still so"), question + " -> " + r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // had the plan gone ahead: of the plan, not of what came of it
                "もしその会談が予定どおり開かれていたら、ラブロフ外相と河野外相はどっちの国で会うことになってました？|日本",
                // "according to the plan" is no "as planned"
                "В каких сферах, кроме энергетики и малого бизнеса, Москва и Токио должны работать вместе по плану Абэ?|технолог",
        })
        void aPlanAskedAsAPlanIsAnswered(String question, String expected) {
            assertToldHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // a day of the month the fact is not of, nor its report: Seko spoke on 10 June, and his thanks were reported then
                "What did Seko say on 12 June 2019?",
                "Что сказал Сэко 12 июня 2019 года?",
                "2019年6月12日に世耕大臣は何と言った？",
                "What happened on 8 September 2017 in Vladivostok?",
        })
        void aDayTheFactIsNotOfIsRefused(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question), question);
            assertTrue(r.reason().contains("which the best fact does not cover") || r.reason().contains("premise"), question + " -> " + r.reason());
        }

        @Test
        void aDayToCheckIsAnsweredWithTheDayOfTheFact() {
            Answer.Answered answer = answered("Правильно понимаю, что Путин и Абэ во Владивостоке встречались 8 сентября? Дайте точную дату");
            assertTrue(answer.statements().get(0).text().contains("7 сентября"), answer.statements().get(0).text());
        }

        @Test
        void whatIsAlreadyOrSoonToBeIsAskedOfThePlan() {
            assertInstanceOf(Answer.Answered.class,
                    ask("Где в России, по словам Сэко, уже работают или скоро появятся японские проекты? Перечисли все места."));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the time the words gave, not the day they were said
                "When did the Russian Foreign Ministry say the foreign ministers would meet?|spring 2018",
                "Когда, по словам МИД России, должны были встретиться министры иностранных дел?|весной 2018",
                "2018年の年明けの時点で、ロシア外務省は日露の外相会談をいつ頃開くつもりだと言っていましたか？|2018年春",
                // ... while the time of the words themselves is theirs
                "When did Zakharova make the announcement?|12 January 2018",
                "ザハロワ報道官はいつそう述べましたか？|2018年1月12日",
                // ... and so is it when what they said is asked with its time
                "Подскажите, когда Захарова объявила, что главы МИД встретятся весной в Японии?|12 января 2018",
                // the day the question asks from is not the one it asks; the next meeting is no successor
                "2019年6月10日の段階で、安倍首相とプーチン大統領の次の会談はいつ、どこでやる予定になっていましたか？|2019年6月下旬; 大阪",
                // who said it, whatever country the plan's adjective names
                "Какой наш министр говорил в Токио, что японский план сотрудничества уже приносит отдачу?|Орешкин",
                // "how large a number of events": the events counted
                "プーチン大統領によると、日露交流年のプログラムにはどのくらいの数の催しが組み込まれていたの？|700",
        })
        void isLedByTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the kinds of projects: the fact enumerating them, not the one that only speaks of projects
                "What kind of projects were chosen for the joint work on the southern Kurils?|aquaculture",
                "Какие проекты отобрали для совместной работы на Южных Курилах?|аквакультура",
                "北方四島の共同作業ではどんなプロジェクトが選ばれたの？|養殖",
        })
        void theKindsAskedAreListed(String question, String expected) {
            Answer.Answered answer = answered(question);
            assertTrue(answer.statements().get(0).text().contains(expected), question + " -> " + answer.statements().get(0).text());
        }

        @Test
        void itAfterAMeetingAnsweredIsThatMeeting() {
            Answer.Answered meeting = answered("At what kind of meeting was the extension of the interregional exchanges year discussed?");
            assertTrue(meeting.lead().contains("subcommittee"), meeting.lead());
            Answer.Answered date = assertInstanceOf(Answer.Answered.class, askAfter(meeting, "what date was it held?"));
            assertTrue(date.lead().contains("22 November 2021"), date.lead());
        }
    }

    @Nested
    class ComparedCountedAndListed {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // two figures of one kind set side by side, the larger first, and the difference
                "The articles give two different counts of Cross Years events. Which number is larger and by roughly how much?|700|600|100",
                "日露交流年の行事の数って、プーチンが言った数字と2021年の記事（ロシア国内分）の数字で違うみたいだけど、どっちが多くて差はどれくらい？|700|600|100",
                "Где участников было больше — на мероприятиях перекрёстного года в России или на обменных событиях пандемийного 2020-го?|1,5 млн|400 000|1",
        })
        void twoFiguresAreCompared(String question, String larger, String smaller, String difference) {
            String lead = answered(question).lead();
            assertTrue(lead.indexOf(larger) >= 0 && lead.indexOf(smaller) > lead.indexOf(larger) && lead.contains(difference), question + " -> " + lead);
        }

        @Test
        void aPlaceAskedIsNoComparisonOfFigures() {
            Answer answer = ask("Which Russian city hosted more events?");
            assertFalse(answer instanceof Answer.Answered a && a.lead().startsWith("The larger"), answer.toString());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // every one taking part in the same event, from each fact that tells of one
                "name every russian minister who sat in on the talks with Seko in Tokyo in june 2019|Oreshkin|Noskov",
                "Какие российские министры участвовали в переговорах с Сэко в Токио в июне 2019-го? Назови всех.|Орешкин|Носков",
        })
        void everyOneAskedIsNamed(String question, String one, String other) {
            Answer.Answered answer = answered(question);
            assertTrue(answer.lead().contains(one) && answer.lead().contains(other), question + " -> " + answer.lead());
            assertTrue(answer.statements().stream().anyMatch(st -> st.text().contains(other)), "the other is cited too");
        }

        @Test
        void onlyThoseTakingPartAreNamed() {
            String lead = answered("name every russian minister who sat in on the talks with Seko in Tokyo in june 2019").lead();
            assertFalse(lead.contains("Abe"), lead);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // a whole list asked, of facts that only count or name one
                "Перечисли все 21 проект на Дальнем Востоке, в которые вложились японские инвесторы.",
                "Give me the complete list of all Russian and Japanese city pairs that took part in the sister-city exchanges year.",
                "Перечисли все японские префектуры, которые участвовали в Году межрегиональных обменов.",
        })
        void aWholeListNoFactGivesIsRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "List all the areas chosen for the islands.|aquaculture",
                "List all the areas of the eight-point plan.|energy",
        })
        void aWholeListAFactGivesIsAnswered(String question, String expected) {
            assertTrue(answered(question).statements().get(0).text().contains(expected), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a proposal dated by the fact of the proposal, not by a later report of the plan
                "How many years passed between Abe putting forward his cooperation plan and the Osaka deal on the sister-city exchanges year?|3 years",
                "Сколько лет разделяют появление плана Абэ из восьми пунктов и договорённость в Осаке о годе побратимских обменов?|3 года",
                // a total asked with its growth is the growth
                "На сколько процентов подрос объём торговли между нашими странами за 2018-й?|17%",
                // the days the text gives, asked which days
                "つくば市でG20の貿易・デジタル経済の大臣会合が開かれたのは何日？|6月8-9日",
        })
        void isLedByTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }
    }

    @Nested
    class PeopleByTheirTitles {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the one a title describes is named, and the one asked is who was with them
                "Who did the Japanese foreign minister hold talks with in Moscow?|Lavrov|Kono",
                "С кем встречался российский министр экономразвития в Токио в июне 2019-го?|Сэко|Орешкин",
                "С кем японский министр иностранных дел вёл переговоры в Москве в конце ноября 2017 года?|Лавров|Коно",
                "ロシアの経済発展相は東京で誰と会った？|世耕|オレシキン",
        })
        void aTitleNamesWhomAnotherWasWith(String question, String asked, String described) {
            assertLeads(question, asked, described);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the title itself asked: its holder
                "Who was the Japanese foreign minister?|Kono",
                "Which Japanese minister met Oreshkin?|Seko",
                "Кто был министром иностранных дел Японии?|Коно",
        })
        void aTitleAskedIsItsHolder(String question, String holder) {
            assertLeadHas(question, holder);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // what they did before their posts, and what they thought of each other: no article says
                "What did Maxim Oreshkin do before he became a minister?",
                "Чем Кирилл Дмитриев занимался до того, как встал во главе РФПИ?",
                "河野太郎さんは外務大臣になる前、どんな仕事をしていたんですか？",
                "世耕さんは個人的にプーチン大統領のことをどう評価してたんだろう？",
                "Как Лавров лично относился к Таро Коно — они ладили между собой?",
                "Did Lavrov and Kono get along?",
        })
        void careersBeforeAndPrivateViewsAreRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the post asked in words of its own
                "オレシュキンは当時ロシア政府でどんなポストに就いていた人ですか？|経済発展",
                "ガルーシカは誰ですか？どんな大臣でしたか？|極東",
        })
        void thePostIsAskedInOtherWords(String question, String post) {
            assertLeadHas(question, post);
        }
    }

    @Nested
    class TypedInLatinLetters {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "v kakom gorode putin s abe dogovorilis o gode mezhregionalnykh obmenov|Осак",
                "skolko narodu pobyvalo na meropriyatiyakh v 2020 nesmotrya na kovid|400",
                "hakketsubyou no kusuri wa roshia no doko de tsukuru no|ヤロスラブリ",
                "puuchin to abe ga urajiosutoku de atta no wa itsu?|2017年9月7日",
                "seko-san wa nani daijin desu ka|経済産業",
        })
        void russianAndJapaneseTypedInLatinLettersAreAnsweredInTheirLanguage(String question, String lead) {
            Answer.Answered answer = answered(question);
            assertTrue(answer.lead().contains(lead) && answer.lang() != Lang.EN, question + " -> " + answer.lead());
            assertEquals(question, answer.question(), "the question as received");
        }

        @Test
        void aFollowUpTypedInLatinLettersIsReadInTheLanguageOfTheConversation() {
            Answer.Answered first = answered("v kakom gorode putin s abe dogovorilis o gode mezhregionalnykh obmenov");
            Answer.Answered then = assertInstanceOf(Answer.Answered.class, askAfter(first, "a kogda?"));
            assertTrue(then.lead().contains("2019") && then.lang() == Lang.RU, then.lead());
        }
    }

    @Nested
    class PartsFromFactsOfTheirOwn {
        @Test
        void aTimeAskedOfOnePartIsNotAskedOfTheOther() {
            // 2020 is of the people counted, which a fact of 2020 gives; the projects so far are of 2021
            String lead = answered("how many projects has japan organised for the interregional year so far and how many people joined "
                    + "exchange events in 2020 despite covid").lead();
            assertTrue(lead.contains("150") && lead.contains("400,000"), lead);
        }

        @Test
        void aTimeNoPartIsOfIsStillRefused() {
            assertInstanceOf(Answer.Refused.class, ask("how many projects did tokyo organise in 2020?"));
        }

        @Test
        void aNameTheArticlesDoNotGiveIsRefused() {
            assertInstanceOf(Answer.Refused.class, ask("日露交流年の閉会式で歌う日本の児童合唱団の正式な名前を教えてください。"));
        }
    }

    @Nested
    class WorksheetsAndChildren {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a blank after a beginning asks when, or the unit its hint names
                "Fill in: The Year of Interregional Exchanges (Russia-Japan) started in ________.|January",
                "The Year of Interregional Exchanges started in ___ (month).|January",
                "Заполните пропуск: Год межрегиональных обменов России и Японии начался в ______ (месяц).|январ",
                "穴埋め：日露地域交流年は＿＿＿に始まった。|1月",
                // the name of a town, and a count in kana, asked as children ask
                "プーチンの生まれた町って大阪と姉妹都市なんだって！その町の名前なに？|サンクトペテルブルク",
                "日露交流年のイベントってぜんぶで何こくらいあったの？プーチンが言ってたやつ🎉|700",
                "2018年は日本とロシアにとってめっちゃ大事な年！って言ったロシア外務省の女の人、名前なんだっけ😵|ザハロワ",
        })
        void isLedByTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @Test
        void howManyToNameIsNoCountOfTheThings() {
            // "two" is how many directions to name, not a count of the five the facts give
            Answer answer = ask("Назовите два направления совместной хозяйственной деятельности на Южных Курилах.");
            assertFalse(answer instanceof Answer.Refused r && r.reason().startsWith("false premise"), answer.toString());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // a nationality of either side ties a question to no fact; a teaser's words are the page's
                "what do japanese kids eat at school for lunch? 🍱🍣",
                "where did the russian and japanese navy do drills together? ⚓",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }
    }

    @Nested
    class DictatedByVoice {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // words an input method or a speech recogniser wrote for others of their sound
                "えっと日露の外務時間級の競技の次のやつ 何月にやるって言ってたっけ|2月",
                "えーと にせんじゅうはちねんの日本とロシアの防疫って 何パーセント伸びたって言ってたっけ|17",
                "ラブロフさんと河野さんは2017年11月にどこで階段したの|モスクワ",
                // a question begun and given up for another, unpunctuated
                "когда было сколько мероприятий было в программе перекрестных годов путин говорил|700",
                "what day did the um who met in vladivostok no i mean when did putin and abe meet in vladivostok|7 September",
                // a "что" after a verb of saying asks nothing
                "слушай арешкин министр экономразвития говорил что торговля с японией выросла вот на сколько процентов|17",
                // the minister said it; the firm is what was said of
                "ロシアのデジタルの大臣が 郵便の物流センターの設備でいっしょにやってるって言ってた日本の会社ってどこ|東芝",
                // met, in kana, after "with whom"; a name in kana is no word of its sound
                "せこう大臣はだれとあったの|オレシキン",
                // Russians, counted, are people; a count of patients in a lower-case Russian question is still answered
                "How many Russians attended the cross year events?|1.5 million",
                "сколько россиян посетило мероприятия перекрёстного года?|1,5 млн",
                "японский реабилитационный центр во владивостоке сколько пациентов уже приняли|2 500",
        })
        void isLedByTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // a city the articles never name, dictated in lower case, is not the city they name
                "японский реабилитационный центр в хабаровске ну сколько там пациентов уже приняли",
                // tourists and regions are not the people at the events
                "how many russian tourists went to japan in twenty nineteen",
                "How many Russian regions took part?",
                "ロシアの地域はいくつ参加した？",
                // two people together whom no fact has together
                "What did Oreshkin and Abe discuss at the G20 in Osaka?",
                "о чём говорили Орешкин и Абэ на G20 в Осаке?",
                "おれしきん大臣が大阪のG20で安倍さんと階段したとき 何について話したの",
                // a plan of ten points, said in kana, is not the plan of eight
                "安倍さんの じゅうこうもくの協力プランの えーと十個目って何の分野だっけ",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "What did Putin and Abe agree in Osaka?",
                "о чём договорились Лавров и Коно в Москве?",
                "プーチン大統領と安倍首相は大阪で何に合意した？",
                // the words of a question in lower case are no names of places
                "сколько человек поучаствовало в обменных мероприятиях в ковидном 2020-м?",
                "из скольки пунктов состоит японский план сотрудничества 2016 года?",
        })
        void isAnswered(String question) {
            answered(question);
        }
    }

    /** Questions put through a machine translator: calques, names in another transliteration, the original in brackets. */
    @Nested
    class PutThroughATranslator {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // a Japanese name as an English spelling carries it into Cyrillic or katakana, given name first
                "В каком году Абе Шинзо предложил свой план кооперации с Россией?|2016",
                "シンゾー・アベ首相が協力プランを提案したのは何年ですか？|2016",
                "タロウ・コウノ外相はどこでラブロフ外相と会談しましたか？|モスクワ",
                // a word of another language in brackets restates the one before it
                "日本の白血病（лейкемия）と戦う薬の製造は、ロシアのどの州（область）で近く始まると言われましたか？|ヤロスラブリ",
                "2018年度にロシアと日本の間の交易回転（товарооборот）は何パーセントだけ大きくなりましたか？|17",
                // word-for-word terms: "Outer Affairs", "Big Twenty", "Годы Креста", "Внешних Дел", "何の月"
                "In what Japanese city did the ministers of the Big Twenty meet on trade?|Tsukuba",
                "Who was the Minister of Outer Affairs of Japan in 2018?|Kono",
                "Сколько мероприятий включала программа Годов Креста России и Японии?|700",
                "Кто являлся Министр Внешних Дел Японии?|Коно",
                "外務の副大臣たちの協議の次のラウンドは、何の月に予定されていましたか？|2月",
                "In which oblast of central Russia will Japanese drugs against leukosis be produced?|Yaroslavl",
                "On what term was the Year of Interregional Exchanges lengthened in November 2021?|1",
                // a place and a time are a topic of their own
                "Who met in Moscow in November 2017?|Lavrov",
        })
        void isLedByTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Кто такой Хирошиге Сэко?|экономики",
                // a surname first, as Japanese names come in either order and Russian ones in forms
                "Who is Kouno Taro?|foreign minister",
        })
        void isDescribed(String question, String expected) {
            assertToldHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // "the same time" is no superlative
                "В каком городе проходил саммит G20 в то же самое время, когда Путин и Абэ договорились о Годе обменов?",
        })
        void isAnswered(String question) {
            answered(question);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // an exchange rate is asked however a translator words it
                "Какой был курс обмена рубля к японской иене в Год межрегиональных обменов?",
                "What was the rate of exchange of the rouble to the yen during the Year of Interregional Exchanges?",
                // a place and a time of no event the articles tell of
                "Who met in Moscow in March 2017?",
                // a name in brackets is still a name
                "Кто такой Иван Петров (Ivan Petrov)?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }
    }

    /** Times given from the asker's own present and by events of the world the articles do not tell of. */
    @Nested
    class TimesOfTheirOwn {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "The year Russia hosted the World Cup, by how much did trade between Russia and Japan go up?|17",
                "In the World Cup year, which month were the deputy foreign ministers due to have their next round of talks?|February",
                "На сколько процентов вырос товарооборот с Японией в год чемпионата мира по футболу в России?|17",
                "ロシアでW杯があった年の日露の貿易は何パーセント伸びた？|17",
                // how many years ago: the year it was
                "How many years ago did Abe come out with his eight-point plan?|2016",
                "Сколько лет назад Абэ предложил свой план?|2016",
                // "семь" (seven) is no "семья" (family)
                "Лет семь назад Путин и Абэ договорились о Годе межрегиональных обменов. В каком городе это было?|Осак",
        })
        void isLedByTheValue(String question, String expected) {
            assertLeadHas(question, expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // the event of the world itself is nothing the articles tell of
                "Who won the World Cup in Russia?",
                "Кто выиграл чемпионат мира в России?",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }
    }

    /** Cities asked as what took part, which the articles never name, against a city asked as a venue. */
    @Nested
    class PlacesTakingPart {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Which sister cities took part in the Year of Interregional Exchanges?",
                "Какие города-побратимы участвовали в Годе обменов?",
                "どの姉妹都市が地域交流年に参加しましたか？",
        })
        void isRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "In which city did Putin and Abe agree on the year of exchanges?|Osaka",
                "В каком городе проходили переговоры Лаврова и Коно в ноябре 2017 года?|Москв",
                "安倍首相とプーチン大統領はどの都市で地域交流年に合意しましたか？|大阪",
        })
        void aVenueIsStillAnswered(String question, String expected) {
            assertLeadHas(question, expected);
        }
    }

    /**
     * Things named by another fact about them: the description is answered first, the question then asked of what it
     * names, and the fact that resolved it cited too.
     */
    @Nested
    class DescribedByAnotherFact {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which Russian city is twinned with the city where Putin and Abe agreed to hold the interregional year?|Petersburg|Osaka",
                // the description begins at its own noun, not at "the twin of"
                "Which city is the twin of the place where the G20 summit of 2019 was held?|Petersburg|Osaka",
                "How many people joined Russian-Japanese exchange events in the year after Putin and Abe agreed on the twin-city year?|400,000|2019",
                "Сколько российских пациентов уже принял японский центр в том дальневосточном городе, где Путин с Абэ виделись 7 сентября 2017-го?|500|Владивосток",
                "ザハロワ報道官が日露関係にとって特別な年になると言ったその年の前年、11月下旬に両国の外相はどこで会談していた？|モスクワ|ザハロワ",
                "ウラジオストクで首脳会談があった次の年の春に、日本で河野さんと会う予定になってたロシアの外相って誰だった？|ラブロフ|ウラジオストク",
        })
        void isAnsweredOfWhatItNames(String question, String lead, String resolving) {
            Answer.Answered answer = answered(question);
            assertTrue(answer.lead().contains(lead), question + " -> " + answer.lead());
            assertTrue(answer.statements().stream().skip(1).anyMatch(s -> s.text().contains(resolving)),
                    question + " cites no fact naming " + resolving + ": " + answer.statements());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // an attribute no fact gives, of the person described
                "Сколько лет министру, который рассказывал про рост товарооборота на 17%?",
                "8項目プランを打ち出した首相の次に総理大臣になったのは誰？",
                // a description no fact answers: the question is not answered of anything else
                "Which Russian city is twinned with the city where Putin and Abe played golf together?",
        })
        void isRefusedWhenNoFactAnswersItAll(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // the thing described is the one asked
                "Who was the minister who said trade grew by 17% in 2018?|Oreshkin",
                "8項目プランを打ち出した首相は誰？|安倍",
                "Кто тот министр, который рассказывал про рост товарооборота на 17%?|Орешкин",
        })
        void isAnsweredWhenItIsWhatIsAsked(String question, String lead) {
            assertLeadHas(question, lead);
        }
    }

    /** A region the knowledge holds only to recognise its cities, which no article says they lie in. */
    @Nested
    class RegionsNoArticleTells {
        @Test
        void isNoAnswer() {
            assertInstanceOf(Answer.Refused.class, ask("In which prefecture is Tsukuba?"));
        }

        @Test
        void aRegionAFactNamesStillIs() {
            assertLeadHas("In which region is Vladivostok?", "Far East");
        }
    }

    /** "После" is the preposition after, no ambassador; "кто после" asks a successor only before a name. */
    @Nested
    class AfterInRussian {
        @Test
        void isNoPostAsked() {
            assertLeadHas("Кто после встречи с Абэ во Владивостоке рассказал, что МИДы двух стран уже отобрали перспективные проекты на островах?",
                    "Путин");
        }

        @Test
        void beforeANameAsksASuccessor() {
            assertInstanceOf(Answer.Refused.class, ask("а кто после абэ стал премьером японии?"));
        }
    }

    /** A description that is its sentence's subject ends at the sentence's verb; one beside the name it restates is left out. */
    @Nested
    class DescriptionsWithinTheSentence {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Which Japanese company did the minister who joined Oreshkin in the talks with Seko say was supplying equipment for Russia's logistics centres?|Toshiba",
                "When did the minister who said trade grew by 17% meet Seko?|10 June 2019",
        })
        void theSubjectDescribedIsResolved(String question, String lead) {
            assertLeadHas(question, lead);
        }

        @Test
        void aDescriptionBesideTheNameItRestatesAsksWhoThatIs() {
            Answer.Answered answer = answered("who is noskov, the russian official who sat in on the talks with seko and brought up the postal service?");
            assertTrue(answer.statements().get(0).fact().id().startsWith(FollowUpResolver.CARD_PREFIX), answer.statements().toString());
        }
    }

    /** Someone asked as taking part beside a person whom the fact does not name, but another fact of the same talks does. */
    @Nested
    class TookPartTogether {
        @Test
        void isAnswered() {
            assertLeadHas("Who joined Oreshkin in the talks with Seko?", "Noskov");
        }

        @Test
        void notWhenNoFactHasThemTakePartTogether() {
            assertInstanceOf(Answer.Refused.class, ask("Who joined Lavrov in the talks with Kono?"));
        }
    }

    /** A name is read in a fact only where a word starts: Kono is not in "экономического", nor in "向こうの". */
    @Nested
    class NamesInsideWords {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "What trade growth figure for 2018 did Zakharova give?",
                "What trade growth figure for 2018 did Taro Kono give?",
        })
        void aFigureSomeoneElseGaveIsNoAnswer(String question) {
            Answer answer = ask(question);
            assertTrue(answer instanceof Answer.Refused || ((Answer.Answered) answer).lead().isEmpty(), question + " -> " + answer);
        }

        @Test
        void theKanaOfAWordAfterItsKanjiIsNoName() {
            assertLeadHas("東京で、安倍さんのプランはもうちゃんと成果が出てるって評価してた向こうの大臣は誰？", "オレシキン");
        }
    }

    /** "Our", "наш", "わが国の" are the writer's side; a person asked by a body's post is of that body. */
    @Nested
    class TheWritersSide {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Сколько проектов организовала наша сторона за год межрегиональных обменов?",
                "わが国の外務省の報道官が、春に日本で日露外相会談をやると発表したそうですが、その報道官って誰ですか？",
                "ラブロフ外相と河野外相の春の会談を発表したのって、日本の外務省の誰だった？",
                "Кто из МИД Японии объявил о весенней встрече?",
        })
        void aSideTheFactsDoNotGiveIsRefused(String question) {
            assertInstanceOf(Answer.Refused.class, ask(question), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Кто из МИД России объявил о весенней встрече?|Захаров",
                "日本在住のロシア人です。うちの外務省の報道官って誰？|ザハロワ",
                "Сколько проектов организовала японская сторона за год межрегиональных обменов?|150",
        })
        void theSideTheFactsGiveIsAnswered(String question, String lead) {
            assertLeadHas(question, lead);
        }
    }

    /** Two capitals named together are the two governments; a capital named apart from the other keeps its premise. */
    @Nested
    class CapitalsForTheirCountries {
        @Test
        void twoTogetherStandForTheGovernments() {
            assertToldHas("At which gathering of the world's major economies did Moscow and Tokyo decide to dedicate a year to their provinces and partner towns?",
                    "Osaka");
        }

        @Test
        void oneAsAVenueIsStillChecked() {
            assertInstanceOf(Answer.Refused.class,
                    ask("Why did Putin say he was especially glad to announce the regional exchange events in Tokyo, the twin city of his home town Moscow?"));
        }
    }

    /** A person named only as met by the speaker at the time does not rule out a place asked of what the speaker said. */
    @Test
    void aPlaceOfWhatWasSaidBesideAMeetingIsAnswered() {
        assertLeadHas("Seko Hiroshige thanked Russia for taking part in a G20 ministers' meeting on trade and the digital economy just before his talks"
                + " with Oreshkin. Which Japanese city hosted that meeting?", "Tsukuba");
    }
}

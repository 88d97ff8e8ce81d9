package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EntityCard;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;
import org.rujp.bot.retrieval.AliasExpander;

/** The question analyser on the shipped lexicons and alias table: no model needed. */
class LexiconQuestionAnalyserTest {
    private static final KnowledgeBase KB = KnowledgeLoader.load(Path.of("knowledge"));
    private static final LexiconQuestionAnalyser ANALYSER = new LexiconQuestionAnalyser(new AliasExpander(KB));

    private static InformationNeed analyse(String lang, String question) {
        return ANALYSER.analyse(question, Lang.fromCode(lang).orElseThrow());
    }

    @Nested
    class TheAnswerType {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en|When was the exchange year extended?|DATE",
                // "как" asks how, though the stemmer makes "как" of "какой" too: no person is asked by the post named
                "ru|Как японский премьер оценил перекрёстные годы?|FACT",
                "ru|Какой японский премьер оценил перекрёстные годы?|PERSON",
                "ru|Как звали японского премьера?|PERSON",
                // a noun of a time first, its relative clause telling which; "at the time" asks no date ("timing" is
                // kept whole by the stemmer)
                "en|Year in which Abe put forward the eight-point cooperation plan?|YEAR",
                "en|Its CEO at the time?|FACT",
                // quiz imperatives in Japanese: the noun before them is asked
                "ja|日本式のリハビリ施設がオープンしたロシアの街の名前を書け|PLACE",
                "ja|プーチンと安倍がウラジオストクで顔を合わせた年月日を書け|DATE",
                "ja|ロシアの物流センターに機材を納めている日本企業はどこか、社名を答えよ|ORGANISATION",
                "en|In what year did Abe propose his plan?|YEAR",
                "en|Which month did the year of exchanges begin in?|MONTH",
                "en|On what day of the week was the extension discussed?|WEEKDAY",
                "en|How many events were held?|NUMBER",
                "en|By how much did trade grow?|AMOUNT",
                "en|Which Russian minister spoke in Tokyo?|PERSON",
                // a determiner of several words takes a word between it and its noun as one of one word does
                "ja|海底ケーブルの計画、あれはどこのロシア企業の事業だった？|ORGANISATION",
                "en|Name the Russian city that is Osaka's twin|PLACE",
                "en|Which news agency reported the extension?|ORGANISATION",
                "en|Which summit took place in the city where the year was agreed?|FACT",
                "en|Who is Maxim Oreshkin?|DESCRIPTION",
                // "what was the meeting about" asks what about, not which meeting
                "en|What was the meeting about?|FACT",
                "en|At what meeting was the extension discussed?|OCCASION",
                // a name and a bare "who", as typed in a search box
                "en|seko who|DESCRIPTION",
                "ja|世耕 誰|DESCRIPTION",
                "ru|орешкин кто|DESCRIPTION",
                "ja|8項目の協力プランって、どういうものなんですか？|DESCRIPTION",
                "ja|「8項目の協力プラン」とは何を指すのか。|DESCRIPTION",
                "en|Захарова - who is she|DESCRIPTION",
                "en|Lavrov - who is he?|DESCRIPTION",
                "en|Lavrov - who did he meet?|PERSON",
                // a pronoun for a person and a bare "who": who the person is
                "ru|а он кто вообще?|DESCRIPTION",
                "ja|彼は誰？|DESCRIPTION",
                "en|who was there?|PERSON",
                "ru|кто там был?|PERSON",
                // a year in a search bounds a date or a month asked after it; before "year" it gives the year
                "ru|путин абэ владивосток 2017 дата|DATE",
                "en|putin abe vladivostok 2017 date|DATE",
                "en|deputy fm talks 2018 month|MONTH",
                // people after a separator count them
                "en|japanese rehab centre vladivostok - patients so far?|NUMBER",
                "ru|реабилитационный центр во владивостоке: пациенты на сегодня?|NUMBER",
                "ja|RDIF 日韓パートナー 投資先 どこの事業|ORGANISATION",
                // how much there was of a thing counts it
                "ja|日本側の事業って全部でどれくらいあったの？|NUMBER",
                "ja|貿易はどのくらい伸びた？|AMOUNT",
                "en|who met seko|PERSON",
                "en|What is Seko's job?|DESCRIPTION",
                "en|Did Russia and Japan sign a peace treaty?|YES_NO",
                // a determiner with any noun of a kind, the noun's case and place in the question as it comes
                "en|Which commission discussed the extension?|ORGANISATION",
                "ru|На заседании какой комиссии обсуждали продление?|ORGANISATION",
                "ru|К какому сроку японская сторона провела проекты?|DATE",
                "ja|延長を話し合ったのはどの委員会？|ORGANISATION",
                "ja|閉会式で歌う日本の合唱団はどこ？|ORGANISATION",
                "ja|プランを提案した日本の首相は？|PERSON",
                "ru|Когда продлили год обменов?|DATE",
                "ru|В каком году Абэ предложил план?|YEAR",
                "ru|Какого числа Орешкин выступил в Токио?|DATE",
                "ru|Сколько мероприятий прошло?|NUMBER",
                "ru|Насколько вырос товарооборот?|AMOUNT",
                "ru|Как зовут министра, который выступил в Токио?|PERSON",
                "ru|Кто такой Орешкин?|DESCRIPTION",
                "ja|延長はいつ決まりましたか？|DATE",
                "ja|安倍首相がプランを提案したのは何年？|YEAR",
                "ja|交流年の行事は何件ありましたか？|NUMBER",
                "ja|協力プランの項目は何分野？|NUMBER",
                "ja|プーチン大統領の出身都市は？|PLACE",
                "ja|オレシキンとは誰ですか？|DESCRIPTION",
                "ja|大阪のG20サミットは何月だった？|MONTH",
                // "в чём" asks what, before a relative "куда"; a season is a date
                "ru|В чём суть цифрового проекта, куда японские партнёры вложат деньги?|FACT",
                "ru|На какое время года была намечена встреча министров?|DATE",
                // what a thing is and a value asked after "and": the value leads; not a relative word before "и"
                "en|What is the eight-point plan and whose idea was it?|PERSON",
                "ru|В чём суть цифрового проекта, куда японские и корейские партнёры вложат деньги?|FACT",
                "en|What season were the foreign ministers due to meet in?|DATE",
                // a name is one word between the question word and its noun; two words only after a nationality
                "en|Which Russian Foreign Ministry official spoke of the meeting?|PERSON",
                "en|Which Japanese pharmaceutical company makes the drugs?|ORGANISATION",
                "en|On which islands are the joint projects?|PLACE",
                "ru|На каких островах пройдёт совместная деятельность?|PLACE",
                "ja|共同経済活動はどの島で行われる？|PLACE",
                // a noun whose stem is an asking noun's asks nothing: "proposal" is no "proposer", "announcement" no "announcer"
                "en|abe proposal|FACT",
                "en|zakharova announcement|FACT",
                "en|eight point plan proposer|PERSON",
                "en|Who was the initiator of the plan?|PERSON",
                // a quantity described after an article: "the biggest figure" asks a number; a name's noun describing
                // another noun asks no person
                "en|What's the biggest attendance figure you have for the events in Russia?|NUMBER",
                "en|What is the overall turnout?|NUMBER",
                "en|What was the deputy foreign ministers' round supposed to build on?|FACT",
                // a where made the subject of an act asks which body did it; a where of the act stays a place
                "ja|延長のニュース、元々どこが報じたんですか？|ORGANISATION",
                "ja|会談はどこが一番多かった？|PLACE",
                "ja|どこで会談が行われた？|PLACE",
        })
        void isReadFromTheQuestionFrame(String lang, String question, AnswerType type) {
            assertEquals(type, analyse(lang, question).type());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en|Which Japanese city hosted the summit?|CITY",
                "en|In which region of Russia will the drugs be made?|REGION",
                "en|Which country hosted the ministers?|COUNTRY",
                "ru|В каком городе прошёл саммит?|CITY",
                "ru|В каком регионе России начнут выпуск лекарств?|REGION",
                "ja|外相会談はどの国で開かれる予定だった？|COUNTRY",
        })
        void aWhereQuestionSaysTheGranularityItWants(String lang, String question, EntityCard.PlaceType granularity) {
            InformationNeed need = analyse(lang, question);
            assertEquals(AnswerType.PLACE, need.type());
            assertEquals(Optional.of(granularity), need.placeType());
        }
    }

    @Nested
    class ASearchByItsNoun {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en|Date of the Oreshkin-Seko meeting|DATE",
                "en|Month the interregional exchanges year started|MONTH",
                "en|Lavrov-Kono talks: venue?|PLACE",
                "en|RU-JP consultations at deputy foreign minister level, next round - timing?|DATE",
                "en|Twin town of Osaka in Russia|PLACE",
                "en|Initiator of the eight-point plan|PERSON",
                "en|Japanese partner supplying postal equipment - company name?|ORGANISATION",
                "en|Trade growth in 2018, percent|AMOUNT",
                "ru|Дата встречи Орешкина и Сэко|DATE",
                "ru|Срок продления года обменов|AMOUNT",
                "ru|Инициатор плана из восьми пунктов|PERSON",
                "ja|会談の日付|DATE",
                "ja|大阪の姉妹都市|PLACE",
                "ja|協力プランの提案者|PERSON",
                // the last part, with the words describing its noun
                "en|exchanges year - start month|MONTH",
                "ru|встреча министров в июне 2019 — город проведения|PLACE",
                "ja|2017年9月の首脳会談 開催都市|PLACE",
                "ja|鉄道制御システムの合弁 予定地（州レベル）|PLACE",
                // a search of a few words: its first noun of a kind
                "en|osaka twin city in russia|PLACE",
                "en|japanese corporate partner of the postal centres|ORGANISATION",
                // the last part that names a noun, and a part after a full stop
                "ru|Программа перекрёстных годов — общее число мероприятий, со слов президента?|NUMBER",
                "ru|Продление обсуждали на подкомитете межправкомиссии. Дата заседания?|DATE",
                // who someone is, asked right after "это" in the middle of a Russian question
                "ru|а Сэко это кто такой вообще|DESCRIPTION",
                "en|what is the sister city of osaka|PLACE",
                // "7月1日付": a report's day and its mark, not the noun "date"
                "ja|2019年7月1日付の記事で、日露交流年のイベントはいくつ？|NUMBER",
        })
        void asksByItsFirstOrLastNoun(String lang, String question, AnswerType type) {
            assertEquals(type, analyse(lang, question).type());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // what a searched count counts is in its own part, not in what the search adds after it
                "ru|Программа перекрёстных годов — общее число мероприятий, со слов президента?|мероприят|президент",
                "en|2020 participation figure for the exchange events|particip|2020",
        })
        void countsWhatItsPartSays(String lang, String question, String counted, String notCounted) {
            List<String> terms = analyse(lang, question).counted();
            assertTrue(terms.contains(counted) && !terms.contains(notCounted), terms.toString());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // a noun inside the question, or a name's own word, asks nothing
                "en|Trade between Russia and Japan in 2018 grew|FACT",
                "en|Year of Interregional Exchanges extended|FACT",
                // "Name" is a verb here, not a person's name asked: the areas asked in full are a list
                "en|Name the areas of the plan|LIST",
                // "year" among the first words is a programme's, not a year asked
                "en|Cross year events in Russia, attendance|NUMBER",
                // a question word decides as before
                "en|Venue of the talks: when were they held?|DATE",
        })
        void butNotANounElsewhere(String lang, String question, AnswerType type) {
            assertEquals(type, analyse(lang, question).type());
        }
    }

    @Nested
    class TheFocus {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en|What is the weather in Tokyo?|weather",
                "en|Who succeeded Shinzo Abe?|successor",
                "en|What is the population of Osaka?|population",
                "en|How old is Vladimir Putin?|age",
                "en|How tall is Vladimir Putin?|height",
                "ru|Какая сейчас погода в Токио?|weather",
                "ru|Кто стал преемником Абэ?|successor",
                "ru|Какое население у Осаки?|population",
                "ru|Путин болеет?|health",
                "ru|Был ли Абэ болен?|health",
                "ja|東京の天気は？|weather",
                "ja|大阪の人口は？|population",
                "ja|安倍首相の後任は誰？|successor",
                "ja|世耕さんのあとに経済産業大臣になったのは誰ですか？|successor",
        })
        void namesTheAttributeAskedOfAKnownEntity(String lang, String question, String attribute) {
            InformationNeed need = analyse(lang, question);
            assertEquals(Optional.of(attribute), need.attribute());
            assertFalse(need.entities().isEmpty(), "the entity is known: " + question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // a word of following with no post taken after it: who spoke next, not who took over
                "ja|プーチン大統領のあとに話したのは誰？",
                // lessons, no exchange rate
                "ru|Только что с курсов японского. Где встречались Путин и Абэ?",
        })
        void namesNoAttributeWhereTheWordsMeanSomethingElse(String lang, String question) {
            assertEquals(Optional.empty(), analyse(lang, question).attribute(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en|Which ministry does Oreshkin head?",
                "en|Which ministry is Oreshkin from?",
                "en|Mister Oreshkin is working which ministry?",
                "ru|Какое министерство возглавляет Орешкин?",
                "ru|Орешкин из какого министерства?",
                "ja|オレシキン氏はどの省の大臣ですか？",
        })
        void aMinistryAskedOfAPersonIsHisPost(String lang, String question) {
            InformationNeed need = analyse(lang, question);
            assertEquals(AnswerType.DESCRIPTION, need.type(), question);
            assertEquals(Optional.of("position"), need.attribute(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // no person named: the ministry that did it is asked
                "en|Which ministry selected projects for the Kuril islands?",
                "ru|Какое министерство выбрало проекты для Курил?",
        })
        void aMinistryAskedOfAnActIsAnOrganisation(String lang, String question) {
            assertEquals(AnswerType.ORGANISATION, analyse(lang, question).type(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // the total of trade, which the articles give as a growth only; not the total of an investment
                "ja|2018年の日露貿易の総額は何ドルだったか答えよ|trade_total",
                "en|total trade between Russia and Japan in 2018 in dollars|trade_total",
        })
        void namesTheAttributeAskedOfTrade(String lang, String question, String attribute) {
            assertEquals(Optional.of(attribute), analyse(lang, question).attribute(), question);
            assertEquals(Optional.empty(), analyse(lang, "ガルーシカ氏によると日本の投資の総額は何ドル？").attribute());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // the person's own title between the attribute and the name is of the name
                "ru|В каком году родился министр экономического развития России Максим Орешкин?|birth",
                "ru|К какой политической партии принадлежал глава МИД Японии Таро Коно?|party",
                // since when a person holds a post
                "en|Since when has Zakharova been the foreign ministry spokeswoman?|tenure_start",
                "en|When did Abe become prime minister?|tenure_start",
                "ru|С какого года Лавров министр иностранных дел?|tenure_start",
        })
        void anAttributeBeforeATitledNameIsAskedOfThePerson(String lang, String question, String attribute) {
            assertEquals(Optional.of(attribute), analyse(lang, question).attribute(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // "рост" with a noun after it is that noun's growth, not a height
                "ru|Сэко увязывал план экономического сотрудничества с ростом продолжительности жизни россиян — это так?",
                "ru|Что Сэко сказал о росте товарооборота?",
                // ... and so where it recurs without the noun
                "ru|Орешкин говорил о росте товарооборота России и Японии на 17%. За какой год этот рост?",
                // the writer's context before a colon asks nothing: "capital" is money there
                "en|I'm drafting a policy brief on Japanese capital in the Russian Far East and need two data points for a table: how much had Japanese investors put into the region according to Galushka?",
        })
        void aWordOfAChangeBeforeANounOrInTheWritersContextIsNoAttribute(String lang, String question) {
            assertEquals(Optional.empty(), analyse(lang, question).attribute(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // a body's noun before a person's is a compound whose last noun is the head
                "en|Which foreign ministry spokesperson told reporters in January 2018 that the cross years would be held?|PERSON",
                "en|Which Russian ministry official announced the meeting?|PERSON",
                "en|Which Russian ministry chose projects?|ORGANISATION",
                // a date's noun before people stays a date
                "ru|какого числа чиновники на подкомитете обсуждали продление года побратимов?|DATE",
        })
        void theLastNounOfACompoundIsItsHead(String lang, String question, AnswerType type) {
            assertEquals(type, analyse(lang, question).type(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // a word of the next one before the programme's own name ("next NAME" in the lexicon)
                "en|When will the next Russia-Japan cross years take place?",
                "ru|Когда пройдут следующие перекрёстные годы России и Японии?",
                "ja|次の日露交流年はいつですか？",
        })
        void theNextOfAProgrammeNamedIsItsNextEdition(String lang, String question) {
            assertEquals(Optional.of("next_edition"), analyse(lang, question).attribute(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // after a name, or before a person's: no next edition of anything
                "en|What did the ministers plan next after the Cross Years?",
                "en|When did Putin meet Abe next?",
                "ru|Кого следующим Путин встретил в Осаке?",
        })
        void aWordOfTheNextOneNotBeforeAProgrammeAsksNoNextEdition(String lang, String question) {
            assertEquals(Optional.empty(), analyse(lang, question).attribute(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // "рост" of trade is growth: a height is asked of a person only
                "ru|Кто сообщил о росте товарооборота России и Японии?",
                // "более" is no "болен", though the two share a stem
                "ru|Путин говорил о более чем 700 мероприятиях?",
                // "established relations" founded nothing: a founding is asked of an organisation or a place
                "en|When did Putin and Abe establish the cross years?",
        })
        void aWordOfAnAttributeNextToEntitiesOfOtherKindsIsNone(String lang, String question) {
            assertEquals(Optional.empty(), analyse(lang, question).attribute(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en|What was Seko hoping the plan would do for ordinary Russians, for their health?",
                "en|goal of the economic plan for the Russian population according to Seko",
                "ru|Что, по словам Сэко, план даст для здоровья россиян?",
                "ja|世耕氏によると、国民の健康のために計画は何をする？",
        })
        void anAttributeNamedAsWhatSomethingIsForIsNotAsked(String lang, String question) {
            assertEquals(Optional.empty(), analyse(lang, question).attribute(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "ru|рабочие группы по курилам — сколько их было?|групп",
                "ru|из 130 проектов по плану сколько уже в работе?|проект",
                "en|of the plan's projects, how many of them are under way?|project",
                // a count in a clause of its own counts what the clause before names, not what the next one asks
                "en|Tokio projects for interregional yr: how many, mostly held how?|project",
                "ru|проекты токио — сколько?|проект",
                "en|japanese rehab centre vladivostok - patients so far?|patient",
        })
        void aCountAskedOfAPronounOrBeforeAFillerCountsWhatWasNamedBefore(String lang, String question, String counted) {
            assertTrue(analyse(lang, question).counted().contains(counted), question + " -> " + analyse(lang, question).counted());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "ru|«Транснефть Телеком», цифровой проект, куда заходят японские и корейские инвесторы, — что предполагается строить?|FACT",
                "en|The joint venture, where Japanese firms take part - what will it make?|FACT",
                // the only question word asks, relative or not
                "ru|Город, где встретились Путин и Абэ?|PLACE",
                "en|Ok, when and where did they meet?|DATE",
        })
        void aRelativeClauseAsksNothingWhenAnotherQuestionWordDoes(String lang, String question, String type) {
            assertEquals(AnswerType.valueOf(type), analyse(lang, question).type(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // "the session where…" describes the session; the search after the dash asks
                "en|the session where prolonging the interregional year was on the agenda - exact date|DATE",
                "en|the session when the extension was discussed: venue?|PLACE",
                // a "where" that is the only ask still asks
                "en|Where is the city where they met?|PLACE",
                // after a name, too: the meeting in Vladivostok is described, the year asked
                "en|The talks in Vladivostok where the island projects were chosen - what year?|YEAR",
        })
        void aRelativeAfterANounAsksNothingWhenASearchAfterADashDoes(String lang, String question, String type) {
            assertEquals(AnswerType.valueOf(type), analyse(lang, question).type(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // a name's own words ask nothing: "the Year of Interregional Exchanges" asks no year
                "en|What is the Year of Interregional Exchanges supposed to achieve?|FACT",
                "en|What is the year of the Cross Years?|YEAR",
                // "что за" and a noun of a kind
                "ru|Продление обсуждали — что за орган?|ORGANISATION",
                // a chief asked of a named body is its chief, only when a person is asked
                "ru|Кто возглавляет компанию Тосиба?|PERSON",
        })
        void aQuestionWordOfItsOwnAsks(String lang, String question, String type) {
            assertEquals(AnswerType.valueOf(type), analyse(lang, question).type(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "ru|К какой политической партии принадлежал глава МИД Японии Коно?|party",
                "ru|Кто возглавляет компанию Тосиба?|chief",
                "en|Was the 17% trade growth counted in dollar terms?|currency",
                "ja|2018年の伸び率はドル建てですか？|currency",
        })
        void theAttributeAskedIsTheOneOfTheQuestionsAsk(String lang, String question, String attribute) {
            assertEquals(java.util.Optional.of(attribute), analyse(lang, question).attribute(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "ru|Во Владивостоке открыли японский центр. Много там уже народу лечилось?|NUMBER",
                "ru|Много ли мероприятий прошло в России?|NUMBER",
                "en|Were there many patients at the Vladivostok centre?|NUMBER",
                "en|Many patients treated there so far?|NUMBER",
                // a word of many elsewhere asks nothing: the question word does
                "ru|Как изменились отношения после много встреч Абэ и Путина?|FACT",
                "ru|Почему так много людей участвовало в 2020 году?|FACT",
        })
        void askingWhetherManyAsksHowMany(String lang, String question, String type) {
            assertEquals(AnswerType.valueOf(type), analyse(lang, question).type(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {"ja|北方四島の共同経済活動で案件調整を担う作業部会、その数とそれぞれの担当テーマ|部会"})
        void aCountOfThatCountsWhatWasNamedBefore(String lang, String question, String counted) {
            assertTrue(analyse(lang, question).counted().contains(counted), question + " -> " + analyse(lang, question).counted());
        }

        @Test
        void aQuestionAboutTheEventItselfHasNoAttribute() {
            assertEquals(Optional.empty(), analyse("en", "When was the Year of Interregional Exchanges extended?").attribute());
            // the verb inside a name is not the question's verb: the fund invests nothing here
            assertEquals(Optional.empty(), analyse("en", "Who is the CEO of the Russian Direct Investment Fund?").part());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en|Who proposed the eight-point plan?|PROPOSER",
                "en|Who came up with the cooperation plan?|PROPOSER",
                "en|Who announced the agreement after the talks in Osaka?|SPEAKER",
                "en|Russkiy Mir, citing RIA Novosti, wrote about it - who announced the year?|SPEAKER",
                "en|Which Russian minister reported the investment figures?|SPEAKER",
                "en|Which news agency reported the extension?|REPORTER",
                "ru|Кто предложил план из восьми пунктов?|PROPOSER",
                "ru|Со ссылкой на какое агентство «Русский мир» сообщил о продлении?|REPORTER",
                "ja|8項目の協力プランを提案したのは誰？|PROPOSER",
                // a Japanese question word made the subject names the act after it, not the talk before it
                "ja|延長のニュース、元々どこが報じたんですか？|REPORTER",
                // what was spoken of is no act: the meeting was announced
                "ru|О встрече министров объявил ведь не сам Лавров, верно? А кто тогда?|SPEAKER",
                "ja|2019年7月に地域交流年のことを記事にしてた財団ってどこ？|REPORTER",
                // a noun searched for asks where it stands: the spokeswoman announced, the talks were announced
                "ja|2018年の外相会談の予定を発表したロシア外務省の報道官、名前の正確な表記を教えてください。|SPEAKER",
                // a noun of a post after "the" says who is asked; the act after it is theirs
                "en|Who's the RDIF head quoted on the partners ready to invest?|SPEAKER",
        })
        void aWhoQuestionAsksForThePartItsVerbNames(String lang, String question, Slots.Actor.Part part) {
            assertEquals(Optional.of(part), analyse(lang, question).part());
        }

        @Test
        void theWritersWishNamesNoActAsked() {
            // "引用したい", "書きたい": the writer quotes and writes; no reporter is asked
            assertTrue(analyse("ja", "ガルーシカ大臣の数字をSNSで引用したいです。件数と金額は？").part().isEmpty());
        }

        @Test
        void aNameAppearingInTheArticlesAsksNoReporter() {
            assertTrue(analyse("ja", "ロシアと一緒に仕事してる日本の会社の名前って記事に出てくる？どこの会社？").part().isEmpty());
        }

        @Test
        void whatSomeoneElseSaidIsNotThePartAsked() {
            // the minister said it; the company asked for is the one that equips the centres
            assertTrue(analyse("en", "Which Japanese firm did the Russian minister say equips the postal centres?").part().isEmpty());
            // "who is the chief quoted" asks the one quoted
            assertEquals(Optional.of(Slots.Actor.Part.SPEAKER), analyse("en", "Who is the RDIF chief quoted about the partners?").part());
        }
    }

    @Nested
    class WhatIsAsked {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // the "что" of what was read or said joins, the sentence asked asks
                "ru|Я читал, что работают сорок проектов. Сколько на самом деле?|NUMBER",
                "ru|Он говорит, что было пятьсот мероприятий. Сколько их было?|NUMBER",
                // a question before keeps its own question word
                "ru|Что было раньше? Сколько прошло между ними?|FACT",
                // "где-то" asks nothing
                "ru|Почему договорились именно в Токио, а не где-то ещё?|FACT",
                // "regional" describes the events asked about
                "en|What regional events did Putin announce in Osaka?|FACT",
                "en|What region will host the railway joint venture?|PLACE",
        })
        void isReadFromTheQuestionWord(String lang, String question, AnswerType type) {
            assertEquals(type, analyse(lang, question).type(), question);
        }

        @Test
        void aYesOrNoClauseAfterACommaIsNoSearchByItsNoun() {
            // "twin-town" is no place asked
            assertFalse(analyse("en", "About the twin-town year: of the projects Tokyo ran, were most held in person?").type()
                    == AnswerType.PLACE);
        }

        @Test
        void aNameGivenAsAGuessOfThePersonAskedIsNoPremise() {
            assertEquals(List.of(), analyse("en", "The Japanese foreign minister - Kono? Who was he?").entities().stream()
                    .map(e -> e.id()).toList());
            // named in the clause that asks, it is a premise: "besides Oreshkin"
            assertTrue(analyse("ru", "Кто ещё из министров был на переговорах кроме Орешкина?").entities().stream()
                    .anyMatch(e -> e.id().equals("oreshkin")));
        }
    }

    @Nested
    class AMultiPartQuestion {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en|Who proposed the eight-point plan, and in which year?|PERSON YEAR",
                "en|How many people came and how many events were there?|NUMBER NUMBER",
                "ru|Кто предложил план из восьми пунктов и в каком году?|PERSON YEAR",
                "ja|8項目の協力プランを提案したのは誰で、何年ですか？|PERSON YEAR",
                // nouns asked, joined in the last part
                "en|Galushka on Japanese investment: amount and number of projects?|AMOUNT NUMBER",
                "ru|Галушка о японских инвестициях на Дальнем Востоке: сумма и число проектов?|AMOUNT NUMBER",
                "ru|Переговоры Лаврова и Коно: место и дата?|PLACE DATE",
                "ja|世耕経産相が成果例として紹介した医療施設について、所在地とこれまでに受け入れたロシア人患者数を。|PLACE NUMBER",
                "ja|ラブロフ外相と河野外相の会談の場所と日付は？|PLACE DATE",
                // names joined are no asks, nor the parts of one date
                "en|Lavrov and Kono - meeting date?|DATE",
                "en|when exactly did the subcommittee discuss extending the exchange year? day, month and year please|DATE",
                "ru|когда точно путин и абэ виделись во владике? число и месяц|DATE",
        })
        void hasEveryPartInTheOrderAsked(String lang, String question, String parts) {
            List<AnswerType> expected = Arrays.stream(parts.split(" ")).map(AnswerType::valueOf).toList();
            assertEquals(expected, analyse(lang, question).parts());
        }

        @Test
        void countsWhatEachPartCounts() {
            InformationNeed need = analyse("en", "How many people came and how many events were there?");
            assertTrue(need.part(0).counted().contains("peopl"), need.part(0).counted().toString());
            assertTrue(need.part(1).counted().contains("event"), need.part(1).counted().toString());
        }

        @Test
        void aCountWithWordsBetweenCountsItsNounNotTheWordsAfter() {
            // "какое самое большое число мероприятий": the events, as "какое число мероприятий" counts them
            assertEquals(List.of("мероприят"), analyse("ru",
                    "Какое самое большое число мероприятий называл Путин для перекрёстных лет? Сколько их было в программе?").counted());
            // a noun of nothing but counting ("attendance figure") leaves what is counted to the words after it
            assertTrue(analyse("en", "What is the attendance figure for the events in Russia?").counted().contains("event"));
        }

        @Test
        void aPartWhoseVerbNamesNoPartTakesNoneAnotherPartNames() {
            // "which firm works with Russia, and which minister told of it": the teller is the minister, not the firm
            InformationNeed need = analyse("ru", "С какой японской компанией Россия работает по почтовой логистике и кто из министров об этом рассказал?");
            assertEquals(List.of(AnswerType.ORGANISATION, AnswerType.PERSON), need.parts());
            assertEquals(Optional.empty(), need.part(0).part());
            assertEquals(Optional.of(Slots.Actor.Part.SPEAKER), need.part(1).part());
        }

        @Test
        void aReporterAskedAsAPersonAndAsAMediumIsOneOrganisation() {
            InformationNeed need = analyse("ja", "世耕さんの話、誰が報じたの？どこのメディア？");
            assertEquals(List.of(AnswerType.ORGANISATION), need.parts());
            assertEquals(Optional.of(Slots.Actor.Part.REPORTER), need.part());
        }

        @Test
        void aSingleQuestionHasOnePart() {
            assertFalse(analyse("en", "When was the year extended and prolonged?").multiPart());
        }
    }

    @Nested
    class TheConstraints {
        @Test
        void aYearNamedIsAConstraint() {
            assertEquals(Optional.of(2018), analyse("en", "How much did trade grow in 2018?").year());
        }

        @Test
        void theNamedEntitiesAreFoundInEveryScript() {
            for (String[] q : new String[][] {{"en", "Who is Putin?"}, {"ru", "Кто такой Путин?"}, {"ja", "プーチンとは誰？"}}) {
                List<String> ids = analyse(q[0], q[1]).entities().stream().map(Entity::id).toList();
                assertEquals(List.of("putin"), ids, q[1]);
            }
        }

        @Test
        void aPlaceNamedWithAWordOfPlaceIsTheVenue() {
            assertEquals(java.util.Set.of("moscow"), analyse("en", "What did Lavrov and Kono discuss in Moscow?").venues());
            assertEquals(java.util.Set.of("moscow"), analyse("ru", "О чём говорили Лавров и Коно в Москве?").venues());
            assertEquals(java.util.Set.of("moscow"), analyse("ja", "ラブロフ外相と河野外相がモスクワで話したことは？").venues());
            // a capital standing for its government is no venue
            assertEquals(java.util.Set.of(), analyse("en", "What did Moscow and Tokyo agree?").venues());
        }

        @Test
        void aMisspeltQuestionWordIsPutRight() {
            assertEquals("which city is it", LexiconRules.of(Lang.EN).respell("wich city is it"));
            assertEquals("where is the joint venture", LexiconRules.of(Lang.EN).respell("where is the JV"));
            assertEquals("сколько стоит", LexiconRules.of(Lang.RU).respell("скока стоит"));
            // only whole words: "jvc" and "whichever" stay as written
            assertEquals("jvc whichever", LexiconRules.of(Lang.EN).respell("jvc whichever"));
        }

        @Test
        void aPronounWithoutANameRefersBack() {
            assertTrue(analyse("en", "Who proposed it, and in which year?").refersBack());
            assertTrue(analyse("ru", "А кто его предложил?").refersBack());
            assertTrue(analyse("ja", "それを提案したのは誰？").refersBack());
            assertFalse(analyse("en", "Who proposed the eight-point plan?").refersBack());
        }

        @Test
        void aJapaneseWordReferringBackIsFoundFromTheStartOfAWordNotInsideTwo() {
            // "どこの" is "どこ" + "の", no "この"; "同氏" is the one named before
            assertFalse(analyse("ja", "2017年9月にプーチン大統領と安倍首相が会談したのは、どこの街でしたか？").refersBack());
            assertTrue(analyse("ja", "同氏の発言で、日韓のパートナーが出資の用意を示したのはどこの会社の案件？").refersBack());
        }
    }

    @Nested
    class AClaimToCheck {
        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                "ru|в текст пишу «в 2018 г. товарооборот РФ и Японии вырос на 7%» — норм?",
                "ru|проверьте фразу из черновика: «Лавров и Коно договорились в конце ноября в Токио»",
                "en|my draft: \"Abe proposed the eight-point plan in 2016\" - ok?",
                "ja|記事の下書き「ラブロフと河野は11月末に東京で作業部会の招集で合意した」これでいい？",
        })
        void isAQuotedStatementWithNothingAskedAroundIt(String lang, String question) {
            assertTrue(LexiconRules.of(Lang.fromCode(lang).orElseThrow()).quotesClaim(question), question);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                // a question word beside the quotes, or a quoted name too short to state anything
                "ru|Что такое «Перекрёстный год Японии и России»?",
                "en|When did \"the Year of Japan in Russia\" start?",
                "en|Tell me about the \"Cross Years\"?",
                "ja|「日露交流年」って何？",
                // no quotes at all
                "en|Trade grew 7% in 2018 - ok?",
        })
        void isNotAQuestionAboutAQuotedName(String lang, String question) {
            assertFalse(LexiconRules.of(Lang.fromCode(lang).orElseThrow()).quotesClaim(question), question);
        }

        @Test
        void aYearEndingTheQuestionAsksNoConfirmation() {
            // a word asking to confirm is no word of a year once stemmed ("годится" and "году" are both "год")
            LexiconRules ru = LexiconRules.of(Lang.RU);
            assertFalse(ru.asksConfirmation(ru.terms("Какие результаты дал план, предложенный в 2016 году?")));
            assertTrue(ru.asksConfirmation(ru.terms("товарооборот вырос на 7% в 2018 году — норм?")));
        }
    }

    @Nested
    class AQuizItem {
        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                "en|True or false: in which year did the Cross Years open? In 2016.",
                "en|T/F: Abe proposed the plan",
                "ru|Верно или неверно: Лавров и Коно встречались в Токио.",
                "ja|○か×か：日本とロシアは、鉄道制御システムを作る合弁企業をモスクワ州に立ち上げる予定である。",
                "ja|次の文の正誤を答えよ：安倍首相が8項目の協力プランを提案した",
        })
        void givingAStatementToJudgeAsksWhetherItHolds(String lang, String question) {
            assertTrue(LexiconRules.of(Lang.fromCode(lang).orElseThrow()).asksVerdict(question), question);
            assertEquals(AnswerType.YES_NO, analyse(lang, question).type(), question);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                "en|Is that true?",
                "en|Who is right, me or my friend?",
                "ru|Это правда?",
                "ja|本当ですか？",
        })
        void askingWhetherSomethingIsTrueGivesNoStatementToJudge(String lang, String question) {
            assertFalse(LexiconRules.of(Lang.fromCode(lang).orElseThrow()).asksVerdict(question), question);
        }

        @Test
        void aChangeAskedWithAStrandedByIsAnAmount() {
            assertEquals(AnswerType.AMOUNT, analyse("en", "What did trade between Russia and Japan grow by in 2018?").type());
            assertEquals(AnswerType.AMOUNT, analyse("en", "what did oreshkin say trade grew by?").type());
            assertEquals(AnswerType.FACT, analyse("en", "What did trade grow by 17% thanks to?").type());
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                "en|In what month did the year begin, according to the Russkiy Mir report from 2021?",
                "en|Per the 2021 article, when did the year start?",
                "en|According to the report of 22 November 2021, when did the year start?",
                "ru|В каком месяце начался Год, если верить новости 2021 года?",
                "ru|Когда стартовал Год, согласно сообщению от 22 ноября 2021 года?",
                "ja|2021年の記事によると、地域交流年は何月に始まった？",
        })
        void theYearOfAReportIsNoTimeAsked(String lang, String question) {
            InformationNeed need = analyse(lang, question);
            assertEquals(Optional.empty(), need.year(), question);
            assertEquals(Optional.empty(), need.part(), question); // the report cited is no act asked either
        }

        @Test
        void aYearOfTheEventStaysAsked() {
            assertEquals(Optional.of(2021), analyse("en", "What did the report say happened in 2021?").year());
            assertEquals(Optional.of(Slots.Actor.Part.REPORTER), analyse("en", "according to whom was it reported?").part());
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
                "ru|Год межрегиональных обменов, или как он там называется, в каком месяце он начался?|MONTH",
                "en|The exchange year, or whatever it's called - which month did it begin?|MONTH",
                "ja|地域交流年とか何とかいう年は何月に始まった？|MONTH",
        })
        void aHedgeOnANameAsksNothing(String lang, String question, AnswerType type) {
            assertEquals(type, analyse(lang, question).type(), question);
        }

        @Test
        void aWordDescribingAProjectIsNoAttributeAsked() {
            assertEquals(Optional.empty(), analyse("en", "Did he mention any other health project? What kind, and in which region?").attribute());
            assertEquals(Optional.of("health"), analyse("en", "How is Abe's health?").attribute());
        }
    }

    @Nested
    class QuestionsSaidAgain {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // a question word and words asking nothing, given up for the next question word
                "en|when did the who met in Moscow in November|PERSON",
                "ru|когда было сколько мероприятий было в программе перекрестных годов|NUMBER",
                "ru|ну когда это где встречались лавров и коно|PLACE",
                // a "что" after a verb of saying tells what was said
                "ru|орешкин говорил что торговля с японией выросла на сколько процентов|AMOUNT",
                // a noun of places right before a count is what it counts
                "ja|ロシアの地域はいくつ参加した？|NUMBER",
        })
        void theLaterQuestionWordAsks(String lang, String question, AnswerType type) {
            InformationNeed need = analyse(lang, question);
            assertEquals(type, need.type(), question);
            assertEquals(List.of(type), need.parts(), question);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en|when and where did lavrov and kono meet",
                "en|Lavrov Kono mtg - when, where?",
                "ru|когда и где встречались лавров и коно",
        })
        void twoQuestionWordsJoinedAskBoth(String lang, String question) {
            assertEquals(List.of(AnswerType.DATE, AnswerType.PLACE), analyse(lang, question).parts(), question);
        }

        @Test
        void aPeopleOfACountryIsCountedAsWritten() {
            // "Russians" is a word for people, no name of Russia to take out
            assertEquals("russian", analyse("en", "how many russians went to the events in russia").counted().get(0));
            assertEquals(List.of("地域", "域"), analyse("ja", "ロシアの地域はいくつ参加した？").counted());
        }

        @Test
        void whatWasItAgainAsksToBeReminded() {
            // a year in it is no figure given to be confirmed
            assertEquals(AnswerType.PERSON, analyse("ja", "2018年は大事な年って言ってた人 名前なんだっけ").type());
            assertEquals(AnswerType.FACT, analyse("ja", "貿易は2018年に17%増えたんだっけ？").type());
        }

        @Test
        void aFirmWhatAMinisterSaidIsOfIsNoSpeaker() {
            assertEquals(Optional.empty(), analyse("ja", "ロシアの大臣が郵便の物流センターでいっしょにやってるって言ってた日本の会社ってどこ").part());
            assertEquals(Optional.of(Slots.Actor.Part.SPEAKER), analyse("ja", "日本の会社と協力していると言ったのは誰").part());
        }
    }
}

package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;

/** The parts of a long message: what it asks ({@link Sentences#askingPart}) and what it speaks of ({@link Sentences#aboutOthers}). */
class SentencesTest {
    private static LexiconRules rules(String lang) {
        return LexiconRules.of(Lang.valueOf(lang));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the writer's story goes, the question stays
            "EN|My name is Margaret and I live in Yorkshire. Who proposed the plan?|Who proposed the plan?",
            // a question word in the story asks nothing
            "EN|When I was young I lived in Saint Petersburg. Which Japanese city is its twin?|Which Japanese city is its twin?",
            // a question referring back keeps the sentence it refers to
            "EN|Putin met Abe in Vladivostok. When was that?|Putin met Abe in Vladivostok. When was that?",
            // a question of a few words leans on the sentence before
            "EN|TASS quoted a minister ahead of his meeting with Seko. Which minister?|TASS quoted a minister ahead of his meeting with Seko. Which minister?",
            // with no question mark, the sentence with a question word asks
            "JA|孫が京都の大学に通っております。八項目の協力プランを提案したのはどなたでしょうか。|八項目の協力プランを提案したのはどなたでしょうか。",
            // an abbreviation's stop ends no sentence
            "RU|Раунд консультаций замглав МИД — на какой месяц 2018 г. был намечен?|Раунд консультаций замглав МИД — на какой месяц 2018 г. был намечен?",
            // one sentence is the whole question
            "EN|My grandson asks who proposed the plan?|My grandson asks who proposed the plan?",
            // a question passed on after a colon is a sentence of its own, its "them" referring within it
            "EN|A member from our Sakhalin branch asks: how many projects were there, and in what format were most of them held?|how many projects were there, and in what format were most of them held?",
            "RU|Участница из Ниигаты спрашивает: в каком году предложили этот план?|в каком году предложили этот план?",
            // a colon after words that pass nothing on parts nothing
            "EN|My answer: was it 2016?|My answer: was it 2016?",
    })
    void theAskingPartIsWhatAMessageAsks(String lang, String message, String asked) {
        assertEquals(asked, Sentences.askingPart(message, rules(lang)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|In the Russkiy Mir item of 1 July 2019, how many events did the Cross Years comprise?|how many events did the Cross Years comprise?",
            "RU|Сколько мероприятий насчитывала программа Перекрёстных лет, по заметке «Русского мира» от 1 июля 2019 года?|Сколько мероприятий насчитывала программа Перекрёстных лет,",
            "JA|2019年7月1日付の記事で、日露交流年のイベントはいくつ？|日露交流年のイベントはいくつ？",
            // a clause of the report that asks stays: all of it is asked
            "EN|Which city was the TASS report of 12 January filed from?|Which city was the TASS report of 12 January filed from?",
            // no report: nothing is cut
            "EN|In Osaka, who agreed to hold the year?|In Osaka, who agreed to hold the year?",
    })
    void aReportsCitationComesOffWhatIsAsked(String lang, String message, String asked) {
        assertEquals(asked, Sentences.withoutCitations(message, rules(lang)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "RU|Мой внук Серёжа учится в Токио и рассказывал мне, что между Россией и Японией был год обменов. Кто его объявил?|Токио",
            "EN|My grandson Tom has been studying in Kyoto, and he sends me articles. Who proposed the plan?|Kyoto",
            // a Russian first-person verb with no "я" tells of the writer too
            "RU|Я студентка из Осаки, в сентябре еду в Россию на хоумстэй. С каким городом Осака — побратим?|сентябре",
            // the writer's own country is no town of theirs asked about
            "RU|Работаю в рыболовной ассоциации на Хоккайдо. Насколько вырос товарооборот между нашими странами в 2018 году?|Хоккайдо",
            // a letter's salutation and greeting, and a relative clause of the writer's own
            "EN|Dear bot, greetings from Tver. In which year did the Japanese Prime Minister first put his plan forward?|Tver",
            "EN|My neighbour, who also reads a great deal, says trade went up in 2018. By how much did it increase?|reads",
            "RU|Уважаемая редакция, привет из Твери! Кто предложил план из восьми пунктов?|Твери",
    })
    void whatAMessageSpeaksOfLeavesTheWritersStoryOut(String lang, String message, String story) {
        String about = Sentences.aboutOthers(message, rules(lang));
        assertFalse(about.contains(story), about);
        assertTrue(about.contains("?"), about);
    }

    @Test
    void whatTheWriterReadOrWasToldStays() {
        String message = "I read in the paper that a rehabilitation centre was opened in the Far East. Where is it?";
        assertTrue(Sentences.aboutOthers(message, rules("EN")).contains("rehabilitation centre"));
        String notes = "The railway joint venture - my notes say it is in the Leningrad region. Correct?";
        assertTrue(Sentences.aboutOthers(notes, rules("EN")).contains("Leningrad"));
        String noticed = "На странице я заметил упоминание об учениях в Аденском заливе. Когда они начались?";
        assertTrue(Sentences.aboutOthers(noticed, rules("RU")).contains("Аденском"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|My town Khabarovsk is twinned with Niigata. Is there anything about our cities in the news?|Niigata",
            "RU|Мой город Хабаровск — побратим с Ниигатой. Про наши города есть что-нибудь в новостях?|Ниигатой",
    })
    void theWritersTownAskedAboutStays(String lang, String message, String town) {
        assertTrue(Sentences.aboutOthers(message, rules(lang)).contains(town));
        assertTrue(Sentences.askingClauses(message, rules(lang)).contains(town)); // a name the articles lack is refused
    }

    @Test
    void aMessageThatTellsNothingOfItsWriterIsKeptAsWritten() {
        String message = "東京が手がけた交流事業は、どのような形態で実施されたのでしょうか。疫病禍の最中でしたから。";
        assertEquals(message, Sentences.aboutOthers(message, rules("JA")));
    }
}

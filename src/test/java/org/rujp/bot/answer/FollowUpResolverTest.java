package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.knowledge.Lang;

/** Which questions of a conversation go on from the last one, over the shipped knowledge. */
class FollowUpResolverTest {
    private static final FollowUpResolver RESOLVER = new FollowUpResolver(KnowledgeLoader.load(Path.of("knowledge")));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a pronoun, or a short question naming nothing
            "en|When was it extended?",
            "en|and when?",
            // a question going on from the last one, naming no entity but a country
            "en|and when did the whole idea get agreed originally?",
            "ru|а сколько всего человек пришло на мероприятия в России?",
            "ja|じゃあロシア国内でやった分だけだと何件って話だっけ",
            // a short question naming nothing asks of what the last one named
            "en|mostly online or in person?",
            "ru|в основном онлайн или очно?",
    })
    void aQuestionReferringBackOrGoingOnIsAFollowUp(String lang, String question) {
        assertTrue(RESOLVER.isFollowUp(question, Lang.valueOf(lang.toUpperCase())), question);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "en|How many projects did Tokyo organise for the interregional year?",
            // going on, but to a named topic of its own
            "en|and who is Sergey Lavrov?",
            "ru|а когда Лавров и Коно встречались в Москве?",
            // naming nothing, but long enough to ask of its own
            "en|how many people took part in the exchange events in 2020 in all?",
    })
    void aQuestionNamingItsOwnTopicIsNone(String lang, String question) {
        assertFalse(RESOLVER.isFollowUp(question, Lang.valueOf(lang.toUpperCase())), question);
    }

    @org.junit.jupiter.api.Test
    void aFollowUpIsJoinedWithTheQuestionBefore() {
        Question q = new Question("and when did the whole idea get agreed originally?", Optional.empty(),
                Optional.of(new Question.Context("What did they decide about the interregional exchanges year in November 2021?", List.of())));
        assertEquals("and when did the whole idea get agreed originally? What did they decide about the interregional exchanges year in November 2021?",
                RESOLVER.rewrite(q, Lang.EN));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // "he" after an answer naming a person is that person, not the topic of the question answered
            "en|Where was he born?|Vladimir Putin (President of Russia)|putin",
            "en|Whom did he meet in Tokyo?|Maxim Oreshkin|oreshkin",
            "ru|Где он родился?|Владимир Путин|putin",
            "ja|彼はどこで生まれたの？|ウラジーミル・プーチン|putin",
            // "there" after an answer naming a city is that city
            "en|What happened there in November 2017?|Moscow.|moscow",
            "ru|Что там было в ноябре 2017?|Москва.|moscow",
            "ja|そこで何があった？|モスクワ。|moscow",
            // Russian "он", "она" stand for a city as well: after an answer naming a city and no person, that city
            "ru|а с каким нашим городом он побратим?|Осака.|osaka",
    })
    void aPronounForAPersonOrAPlaceIsWhomOrWhereTheLastAnswerNamed(String lang, String question, String lead, String entity) {
        Question q = new Question(question, Optional.empty(),
                Optional.of(new Question.Context("Who announced the exchange year?", List.of("iy19-putin-announced"), lead)));
        Resolver.Resolution resolution = RESOLVER.resolve(q, Lang.valueOf(lang.toUpperCase()));
        assertEquals(List.of(entity), resolution.answered().stream().map(org.rujp.bot.knowledge.Entity::id).toList(), question);
        assertTrue(resolution.text().startsWith(question), resolution.text());
    }

    @org.junit.jupiter.api.Test
    void aPlaceReferredToBesidesTheTopicJoinsTheQuestionBefore() {
        Question q = new Question("what did they agree to set up there?", Optional.empty(),
                Optional.of(new Question.Context("Where did Lavrov and Kono meet in November 2017?", List.of("fm18-november-talks-moscow"), "Moscow.")));
        Resolver.Resolution resolution = RESOLVER.resolve(q, Lang.EN);
        assertEquals("what did they agree to set up there? Where did Lavrov and Kono meet in November 2017? Moscow", resolution.text());
        assertEquals(List.of("moscow"), resolution.answered().stream().map(org.rujp.bot.knowledge.Entity::id).toList());
    }

    @Test
    void aPersonsPronounAfterAnAnswerNamingNoPersonIsThePersonOfItsFact() {
        // "2016." answered of the fact of Abe's proposal: "he" is Abe
        Question q = new Question("Where was he born?", Optional.empty(),
                Optional.of(new Question.Context("When was the eight-point plan proposed?", List.of("coop19-new-stage-2016"), "2016.")));
        Resolver.Resolution resolution = RESOLVER.resolve(q, Lang.EN);
        assertEquals(List.of("abe"), resolution.answered().stream().map(org.rujp.bot.knowledge.Entity::id).toList());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // "it" is the topic of the conversation, however a person led the answer
            "en|When was it proposed?|Shinzo Abe",
            // "он" of a question asking no place, after an answer naming a city: the programme talked about, not the city
            "ru|А когда он был предложен?|Осака.",
    })
    void otherwiseTheTopicStays(String lang, String question, String lead) {
        Question q = new Question(question, Optional.empty(),
                Optional.of(new Question.Context("Who proposed the eight-point plan?", List.of("coop19-new-stage-2016"), lead)));
        Resolver.Resolution resolution = RESOLVER.resolve(q, Lang.valueOf(lang.toUpperCase()));
        assertTrue(resolution.answered().isEmpty(), question);
        assertTrue(resolution.text().endsWith("Who proposed the eight-point plan?"), resolution.text());
    }
}

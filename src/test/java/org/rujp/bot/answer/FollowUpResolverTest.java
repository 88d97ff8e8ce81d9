package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
}

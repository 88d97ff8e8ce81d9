package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;
import org.rujp.bot.knowledge.Lang;

/** The answering pipeline end to end: real knowledge, real embedding model, shipped configuration. */
class ExtractiveAnswererTest {
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

    @Nested
    class AnAnswerableQuestion {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "When did Russia and Japan decide to prolong the year of regional exchanges?|November 2021",
                "How many events did the Cross Years programme include?|more than 700 events",
                "By how much did Russian-Japanese trade grow in 2018?|17%",
                "Where is the Japanese rehabilitation centre that treated Russian patients?|Vladivostok",
        })
        void putsTheValueAskedForFirst(String question, String lead) {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, ask(question));
            assertEquals(lead, a.lead());
        }

        @Test
        void citesTheArticleEachStatementComesFrom() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, ask("Which company supplies equipment to Russian postal logistics centres?"));
            assertTrue(a.statements().get(0).text().contains("Toshiba"));
            assertEquals("TASS", a.statements().get(0).source().publisher());
            String text = AnswerText.plain(a);
            assertTrue(text.contains("[1] TASS, \u201cRussian-Japanese cooperation plan starts producing results"), text);
        }

        @Test
        void statesOnlyKnowledgeBaseStatements() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, ask("What areas does Abe's eight-point plan cover?"));
            for (Statement s : a.statements()) {
                assertEquals(s.fact().text(Lang.EN), s.text());
                assertTrue(app.knowledge().fact(s.fact().id()).isPresent());
            }
        }

        @Test
        void recordsTheTimeOfEveryStage() {
            Answer a = ask("Which minister spoke for Russia about the cooperation plan in Tokyo in June 2019?");
            assertEquals(java.util.Set.of("resolve", "analyse", "retrieve", "decide", "compose"), a.stageNanos().keySet());
        }
    }

    @Nested
    class AQuestionTheArticlesDoNotAnswer {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "What will the weather be like tomorrow, light rain?",
                "Where can I order website promotion in Kemerovo?",
                "How do I bake sourdough bread?",
                "What was the total trade between Russia and Japan in 2022?",
                "When was the Treaty of Shimoda signed?",
                "When did Russia and Japan finally sign the peace treaty?",
        })
        void isRefusedWithSuggestions(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question));
            assertTrue(r.message().startsWith("I don't know"), r.message());
            assertFalse(r.suggestions().isEmpty());
        }

        @Test
        void anOutcomeTheArticlesOnlyReportAsPlannedIsRefused() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("When did Russia and Japan finally sign the peace treaty?"));
            assertEquals("fm18-step-to-peace-treaty", r.retrieved().get(0).fact().id());
            assertTrue(r.reason().contains("only reports as planned"), r.reason());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "When did Russia and Japan sign a peace treaty?",
                "Когда Россия и Япония подписали мирный договор?",
                "日露平和条約はいつ締結されたんですか？",
        })
        void anEventTheArticlesNameOnlyAsAGoalIsRefusedAsDone(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question));
            assertEquals("fm18-step-to-peace-treaty", r.retrieved().get(0).fact().id());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Who became Japan's prime minister after Abe?", "Кто стал премьер-министром Японии после Абэ?"})
        void aRoleNobodyInTheFactsHoldsIsRefused(String question) {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask(question));
            // who took the post after Abe asks his successor, which no fact states
            assertTrue(r.reason().contains("successor of"), r.reason());
        }

        @Test
        void aRoleThatTitlesANamedPersonIsNotTheRoleAskedFor() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class,
                    ask("Which Russian minister said in Tokyo that Prime Minister Abe's cooperation plan was producing results?"));
            assertTrue(a.lead().contains("Oreshkin"), a.lead());
        }

        @Test
        void aQuestionAboutTheGoalItselfIsAnswered() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class,
                    ask("Joint economic activity on the Southern Kurils is a step towards what?"));
            assertEquals("fm18-step-to-peace-treaty", a.statements().get(0).fact().id());
        }

        @Test
        void aQuestionAboutThePlanItselfIsAnswered() {
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, ask("When were Lavrov and Kono scheduled to meet in Japan?"));
            assertTrue(a.lead().contains("2018"), a.lead());
        }

        @Test
        void anEmptyOrSymbolOnlyMessageIsRefusedPolitely() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("  ?!  "));
            assertTrue(r.message().contains("ask a question in words"), r.message());
        }

        @Test
        void aHugeMessageGetsAskedForOneShortQuestion() {
            Answer.Refused r = assertInstanceOf(Answer.Refused.class, ask("Osaka ".repeat(1000)));
            assertTrue(r.message().contains("6000 characters") || r.message().contains("too long"), r.message());
            assertTrue(r.retrieved().isEmpty());
        }
    }

    @Nested
    class AFollowUp {
        @Test
        void isResolvedAgainstThePreviousQuestion() {
            Answer first = ask("What is the Year of Interregional and Sister-City Exchanges?");
            Answer.Answered a = assertInstanceOf(Answer.Answered.class, first);
            Question followUp = new Question("When was it extended?", Optional.empty(),
                    Optional.of(new Question.Context(a.resolvedQuestion(), a.statements().stream().map(s -> s.fact().id()).toList())));
            Answer.Answered second = assertInstanceOf(Answer.Answered.class, app.answerer().answer(followUp));
            assertTrue(second.resolvedQuestion().contains("Interregional"), second.resolvedQuestion());
            assertTrue(second.statements().get(0).fact().id().startsWith("iy21-"), second.statements().get(0).fact().id());
            assertTrue(second.lead().contains("2021"), second.lead());
        }

        @Test
        void aFollowUpWithoutTopicWordsTakesThemFromTheConversation() {
            Answer.Answered first = assertInstanceOf(Answer.Answered.class,
                    ask("What did Putin announce after his talks with Abe in Osaka?"));
            Question followUp = new Question("When did that happen?", Optional.empty(),
                    Optional.of(new Question.Context(first.resolvedQuestion(), first.statements().stream().map(s -> s.fact().id()).toList())));
            Answer.Answered second = assertInstanceOf(Answer.Answered.class, app.answerer().answer(followUp));
            assertTrue(second.lead().contains("2019"), second.lead());
        }

        @Test
        void aSelfContainedQuestionIsLeftAlone() {
            Question q = new Question("How many projects did Tokyo organise for the interregional year?", Optional.empty(),
                    Optional.of(new Question.Context("Who is Taro Kono?", java.util.List.of())));
            assertEquals(q.text(), app.answerer().answer(q).resolvedQuestion());
        }
    }
}

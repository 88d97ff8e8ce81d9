package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.store.Turn;
import org.rujp.bot.telegram.FakeBotApiServer.Call;

/** The bot end to end: real HTTP to a loopback Bot API, the real answering pipeline. */
class TelegramBotEndToEndTest {
    @TempDir
    static Path dataDir;
    static App app;

    BotHarness h;

    @BeforeAll
    static void loadPipeline() {
        app = BotHarness.app(dataDir);
    }

    @BeforeEach
    void startBot() {
        h = BotHarness.start(app);
    }

    @AfterEach
    void stopBot() {
        h.close();
    }

    static final long ALICE = 1001;
    static final long GROUP = -100500;

    @Nested
    class PrivateChat {
        @Test
        void answersAQuestionWithTheFactAndItsCitation() {
            h.api.enqueue(Updates.privateText(ALICE, "When was the Year of Interregional Exchanges extended?"));

            Call reply = h.api.awaitDelivered(ALICE, 1).get(0);

            assertTrue(reply.html());
            assertTrue(reply.text().contains("prolong their Year of Interregional and Sister-City Exchanges by 1 more year [1]")
                    || reply.text().contains("extension of the interregional exchanges year")
                    || reply.text().contains("would be extended by 1 year"), reply.text());
            assertTrue(reply.text().contains("<b>Sources</b>"), reply.text());
            assertTrue(reply.text().contains("Russkiy Mir Foundation, <i>Russia and Japan extend Year of interregional and sister city exchanges</i>, 22 November 2021"), reply.text());
            Turn turn = h.log.turns().get(0);
            assertTrue(turn.answer() instanceof Answer.Answered);
            assertEquals(List.of("fb:1:1", "fb:0:1"), unsigned(reply.buttonData()), "feedback buttons, no 'show sources' in private chats");
        }

        @Test
        void refusesAQuestionOutsideItsKnowledgeKindlyWithSuggestions() {
            h.api.enqueue(Updates.privateText(ALICE, "What is the best recipe for borscht with mushrooms?"));

            Call reply = h.api.awaitDelivered(ALICE, 1).get(0);

            assertTrue(reply.text().contains("I don't know"), reply.text());
            assertTrue(reply.text().contains("\u2022 When did Russia and Japan agree to hold the Year of Interregional Exchanges?"), reply.text());
            assertTrue(h.log.turns().get(0).answer() instanceof Answer.Refused);
        }

        @Test
        void answersInRussianWhenAskedInRussian() {
            h.api.enqueue(Updates.privateText(ALICE, "Когда продлили Год межрегиональных обменов?", "ru"));

            Call reply = h.api.awaitDelivered(ALICE, 1).get(0);

            assertTrue(reply.text().contains("Источники"), reply.text());
            assertTrue(reply.buttonData().size() == 2);
            assertTrue(reply.params().path("reply_markup").toString().contains("Полезно"), reply.params().toString());
        }

        @Test
        void resolvesTheVeryFirstFollowUpAgainstThePreviousQuestion() {
            h.api.enqueue(Updates.privateText(ALICE, "What is the Year of Interregional Exchanges?"));
            h.api.enqueue(Updates.privateText(ALICE, "When was it extended?"));

            h.api.awaitDelivered(ALICE, 2);

            Turn followUp = h.log.turns().get(1);
            assertEquals("When was it extended?", followUp.answer().question());
            Answer.Answered a = (Answer.Answered) followUp.answer();
            List<String> ids = a.statements().stream().map(s -> s.fact().id()).toList();
            assertTrue(ids.contains("iy21-extended-one-year") || ids.contains("iy21-subcommittee-meeting") || ids.contains("iy21-tass-report"), ids.toString());
            assertTrue(h.api.delivered(ALICE).get(1).text().contains("2021"));
        }

        @Test
        void escapesMarkupCharactersOfTheQuestion() {
            h.api.enqueue(Updates.privateText(ALICE, "Tell me about <b>&\"' cats & dogs"));

            Call reply = h.api.awaitDelivered(ALICE, 1).get(0);

            assertTrue(reply.html(), "sent as HTML and accepted by the server's parser");
            assertTrue(reply.text().contains("&lt;b&gt;&amp;&quot;' cats &amp; dogs"), reply.text());
            assertTrue(h.api.calls("sendMessage").stream().allMatch(c -> c.status() == 200), h.api.summary());
        }

        @Test
        void answersAFiveThousandCharacterMessageSensibly() {
            h.api.enqueue(Updates.privateText(ALICE, "Russia and Japan. ".repeat(278)));

            Call reply = h.api.awaitDelivered(ALICE, 1).get(0);

            assertTrue(reply.text().contains("too long"), reply.text());
            assertTrue(reply.text().length() < 4096);
        }

        @Test
        void answersAnEmptyQuestionWithExamples() {
            h.api.enqueue(Updates.privateText(ALICE, "   ?! "));

            Call reply = h.api.awaitDelivered(ALICE, 1).get(0);

            assertTrue(reply.text().contains("Please ask a question in words"), reply.text());
        }
    }

    @Nested
    class Commands {
        @Test
        void registersTheCommandMenuInThreeLanguages() {
            JsonNode en = h.api.commands("");
            JsonNode ru = h.api.commands("ru");
            JsonNode ja = h.api.commands("ja");

            assertEquals(6, en.size());
            assertEquals("start", en.get(0).path("command").asText());
            assertEquals("forget", en.get(5).path("command").asText());
            assertEquals("Удалить ваши записанные разговоры", ru.get(5).path("description").asText());
            assertEquals("あなたの会話の記録を削除する", ja.get(5).path("description").asText());
            assertEquals(1, h.api.calls("deleteWebhook").size(), "polling clears a webhook first");
        }

        @Test
        void startTellsWhatTheBotKnowsWithExampleQuestions() {
            String text = command("/start", "en");

            assertTrue(text.contains("I know " + app.knowledge().facts().size() + " facts from " + app.knowledge().sources().size()), text);
            assertTrue(text.contains("\u2022 How many events did the Cross Years"), text);
        }

        @Test
        void startSpeaksTheUsersInterfaceLanguage() {
            assertTrue(command("/start", "ja").contains("こんにちは"));
        }

        @Test
        void helpExplainsQuestionsGroupsAndCommands() {
            String text = command("/help", "en");

            assertTrue(text.contains("@" + FakeBotApiServer.BOT_USERNAME), text);
            assertTrue(text.contains("/privacy"), text);
        }

        @Test
        void sourcesListsEveryArticleWithItsDate() {
            String text = command("/sources", "en");

            assertTrue(text.contains("(" + app.knowledge().sources().size() + ")"), text);
            assertTrue(text.contains("22 November 2021"), text);
            assertEquals(app.knowledge().sources().size(), text.split("\u2022").length - 1);
        }

        @Test
        void privacySaysWhatIsLoggedAndForHowLong() {
            String text = command("/privacy", "ru");

            assertTrue(text.contains("90 дней"), text);
            assertTrue(text.contains("хешей"), text);
            assertTrue(text.contains("ключ хранится отдельно от базы данных"), text);
            assertTrue(text.contains("дайджесты"), "what a subscription keeps: " + text);
            assertTrue(text.contains("2 дня"), "how long incoming messages are kept: " + text);
        }

        @Test
        void forgetDeletesTheUsersLoggedConversations() {
            h.api.enqueue(Updates.privateText(ALICE, "When was the Year of Interregional Exchanges extended?"));
            h.api.enqueue(Updates.privateText(2002, "When was the Year of Interregional Exchanges extended?"));
            h.api.awaitDelivered(ALICE, 1);
            h.api.awaitDelivered(2002, 1);

            String text = command("/forget", "en");

            assertTrue(text.contains("deleted 1 logged"), text);
            assertEquals(1, h.log.turns().size());
            assertEquals("2002", h.log.turns().get(0).userId());
        }

        @Test
        void unknownCommandGetsHelpNotSilence() {
            String text = command("/weather", "en");

            assertTrue(text.contains("I don't know the command /weather"), text);
            assertTrue(text.contains("/sources"), text);
        }

        @Test
        void aboutDescribesHowTheBotAnswers() {
            assertTrue(command("/about", "en").contains("do not invent"));
        }

        private String command(String command, String lang) {
            int before = h.api.delivered(ALICE).size();
            h.api.enqueue(Updates.privateText(ALICE, command, lang));
            return h.api.awaitDelivered(ALICE, before + 1).get(before).text();
        }
    }

    @Nested
    class Groups {
        @Test
        void staysSilentWhenNotAddressedAndAnswersAMention() {
            h.api.enqueue(Updates.groupText(GROUP, ALICE, "When was the Year of Interregional Exchanges extended?"));
            h.api.enqueue(Updates.groupText(GROUP, ALICE, "/help@some_other_bot"));
            h.api.enqueue(Updates.groupTextFromBot(GROUP, 777, "@" + FakeBotApiServer.BOT_USERNAME + " When was the year extended?"));
            h.api.enqueue(Updates.groupText(GROUP, ALICE, "@" + FakeBotApiServer.BOT_USERNAME + " When was the Year of Interregional Exchanges extended?"));

            List<Call> replies = h.api.awaitDelivered(GROUP, 1);
            awaitIdle();

            assertEquals(1, h.api.delivered(GROUP).size(), h.api.summary());
            Call reply = replies.get(0);
            assertTrue(reply.text().contains("2021"), reply.text());
            assertEquals(h.log.turns().get(0).answer().question(), "When was the Year of Interregional Exchanges extended?",
                    "the mention is stripped from the question");
            assertFalse(reply.text().contains("<b>Sources</b>"), "sources folded away in groups");
            assertEquals(List.of("fb:1:1", "fb:0:1", "src:1"), unsigned(reply.buttonData()));
            assertTrue(reply.params().path("reply_to_message_id").asLong() > 0, "replies to the question");
        }

        @Test
        void answersAReplyToItsOwnMessageButNotToSomeoneElses() {
            h.api.enqueue(Updates.groupReply(GROUP, ALICE, "How many events did the Cross Years include?", 5, 42, false));
            h.api.enqueue(Updates.groupReply(GROUP, ALICE, "How many events did the Cross Years include?", 6, FakeBotApiServer.BOT_ID, true));

            h.api.awaitDelivered(GROUP, 1);
            awaitIdle();

            assertEquals(1, h.api.delivered(GROUP).size(), h.api.summary());
        }

        @Test
        void runsItsOwnCommandsAddressedByName() {
            h.api.enqueue(Updates.groupText(GROUP, ALICE, "/sources@" + FakeBotApiServer.BOT_USERNAME));

            Call reply = h.api.awaitDelivered(GROUP, 1).get(0);

            assertTrue(reply.text().contains("The articles I answer from"), reply.text());
        }

        @Test
        void showSourcesUnfoldsTheAnswer() {
            h.api.enqueue(Updates.groupText(GROUP, ALICE, "@" + FakeBotApiServer.BOT_USERNAME + " When was the Year of Interregional Exchanges extended?"));
            Call reply = h.api.awaitDelivered(GROUP, 1).get(0);
            long messageId = 1000; // the fake server numbers the bot's messages from 1000

            h.api.enqueue(Updates.callback(GROUP, messageId, ALICE, "src:1"));

            Call edit = h.api.await(c -> c.method().equals("editmessagetext"), 1, Duration.ofSeconds(20)).get(0);
            assertEquals(200, edit.status(), h.api.summary());
            assertTrue(edit.text().startsWith(reply.text()));
            assertTrue(edit.text().contains("<b>Sources</b>"), edit.text());
            assertEquals(List.of("fb:1:1", "fb:0:1"), unsigned(edit.buttonData()));
            h.api.await(c -> c.method().equals("answercallbackquery"), 1, Duration.ofSeconds(20));
        }
    }

    @Nested
    class Feedback {
        @Test
        void aPressIsRecordedAndAnswered() {
            h.api.enqueue(Updates.privateText(ALICE, "When was the Year of Interregional Exchanges extended?"));
            List<String> buttons = h.api.awaitDelivered(ALICE, 1).get(0).buttonData();

            h.api.enqueue(Updates.callback(ALICE, 1000, ALICE, buttons.get(1)));
            h.api.enqueue(Updates.callback(ALICE, 1000, ALICE, buttons.get(0)));

            List<Call> answers = h.api.await(c -> c.method().equals("answercallbackquery"), 2, Duration.ofSeconds(20));
            assertEquals("Thank you for the feedback!", answers.get(0).text());
            assertEquals("You have already rated this answer.", answers.get(1).text());
            assertEquals(1, h.log.feedback().size());
            assertFalse(h.log.feedback().get(0).helpful());
            assertEquals(1, h.log.feedback().get(0).turnId());
        }

        @Test
        void inAGroupEachPresserGetsOneVoteRecordedUnderTheirOwnId() {
            h.api.enqueue(Updates.groupText(GROUP, ALICE, "@" + FakeBotApiServer.BOT_USERNAME + " When was the Year of Interregional Exchanges extended?"));
            Call answer = h.api.awaitDelivered(GROUP, 1).get(0);
            String helpful = answer.buttonData().get(0);
            String unhelpful = answer.buttonData().get(1);

            h.api.enqueue(Updates.callback(GROUP, 1000, 4242, helpful));
            h.api.enqueue(Updates.callback(GROUP, 1000, 4343, unhelpful));
            h.api.enqueue(Updates.callback(GROUP, 1000, 4343, helpful));
            h.api.await(c -> c.method().equals("answercallbackquery"), 3, Duration.ofSeconds(20));

            assertEquals(List.of("4242:true", "4343:false"),
                    h.log.feedback().stream().map(f -> f.userId() + ":" + f.helpful()).toList(), "the first press of each presser");
        }

        @Test
        void aForgedOrReplayedButtonWritesNoVote() {
            h.api.enqueue(Updates.privateText(ALICE, "When was the Year of Interregional Exchanges extended?"));
            String real = h.api.awaitDelivered(ALICE, 1).get(0).buttonData().get(0);
            long mallory = 6666;

            h.api.enqueue(Updates.callback(mallory, 1000, mallory, "fb:0:1"));   // guessed turn id, old format
            h.api.enqueue(Updates.callback(mallory, 1000, mallory, real));       // Alice's button pressed in another chat
            h.api.enqueue(Updates.callback(ALICE, 1000, ALICE, "fb:0:1:AAAAAAAAAAA")); // a forged tag

            List<Call> answers = h.api.await(c -> c.method().equals("answercallbackquery"), 3, Duration.ofSeconds(20));
            assertTrue(answers.stream().allMatch(a -> a.text().equals("This answer can no longer be rated.")), h.api.summary());
            assertTrue(h.log.feedback().isEmpty());
        }
    }

    @Nested
    class NonTextUpdates {
        @Test
        void neverCrashTheBot() {
            h.api.enqueue(Updates.sticker(ALICE));
            h.api.enqueue(Updates.photo(ALICE));
            h.api.enqueue(Updates.voice(ALICE));
            h.api.enqueue(Updates.edited(ALICE, "When was it extended?"));
            h.api.enqueue(Updates.channelPost(-100777, "news"));
            h.api.enqueue(Updates.newMembers(GROUP, ALICE));
            h.api.enqueue(Updates.callbackOnUnknownMessage(ALICE, "fb:1:999"));
            h.api.enqueue(Updates.callbackOnUnknownMessage(ALICE, "something-else"));
            h.api.enqueue(Updates.privateText(ALICE, "When was the Year of Interregional Exchanges extended?"));

            List<Call> replies = h.api.awaitDelivered(ALICE, 4);

            assertTrue(replies.get(0).text().contains("I can only read text messages"), replies.get(0).text());
            assertTrue(replies.get(1).text().contains("Я понимаю только текстовые"), replies.get(1).text());
            assertTrue(replies.get(3).text().contains("2021"), replies.get(3).text());
            assertEquals(2, h.api.await(c -> c.method().equals("answercallbackquery"), 2, Duration.ofSeconds(20)).size());
            assertTrue(h.log.feedback().isEmpty(), "no feedback on an unknown turn");
        }
    }

    /** Button data without the signature tag of feedback buttons. */
    static List<String> unsigned(List<String> data) {
        return data.stream().map(d -> d.startsWith("fb:") ? d.replaceAll(":[A-Za-z0-9_-]{11}$", "") : d).toList();
    }

    void awaitIdle() {
        h.awaitIdle();
    }
}

package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.answer.Answerer;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.telegram.FakeBotApiServer.Call;
import org.rujp.bot.telegram.FakeBotApiServer.Failure;

/** Failures of the Bot API and of the bot's own parts: what the user sees, and that nothing is lost or doubled. */
class TelegramBotRobustnessTest {
    @TempDir
    static Path dataDir;
    static App app;

    static final long ALICE = 3001;
    static final String QUESTION = "When was the Year of Interregional Exchanges extended?";

    @BeforeAll
    static void loadPipeline() {
        app = BotHarness.app(dataDir);
    }

    @Nested
    class BotApiErrors {
        @Test
        void tooManyRequestsIsRetriedAfterTheWaitAndDeliveredExactlyOnce() {
            try (BotHarness h = BotHarness.start(app)) {
                h.api.inject("sendMessage", ALICE, Failure.tooManyRequests(1), 1);

                h.api.enqueue(Updates.privateText(ALICE, QUESTION));
                h.api.awaitDelivered(ALICE, 1);
                h.awaitIdle();

                List<Call> attempts = h.api.calls("sendMessage");
                assertEquals(List.of(429, 200), attempts.stream().map(Call::status).toList());
                assertEquals(1, h.api.delivered(ALICE).size());
            }
        }

        @Test
        void forbiddenStopsSendingToThatChatUntilItSendsStart() {
            try (BotHarness h = BotHarness.start(app)) {
                h.api.inject("sendMessage", ALICE, Failure.blocked(), 1);
                h.api.enqueue(Updates.privateText(ALICE, QUESTION));
                h.api.await(c -> c.method().equals("sendmessage") && c.status() == 403, 1, Duration.ofSeconds(20));
                h.awaitIdle();

                h.api.enqueue(Updates.privateText(ALICE, "How many events did the Cross Years include?"));
                h.awaitIdle();
                assertEquals(1, h.api.calls("sendMessage").size(), "no second attempt: " + h.api.summary());

                h.api.enqueue(Updates.privateText(ALICE, "/start"));
                assertTrue(h.api.awaitDelivered(ALICE, 1).get(0).text().contains("Hello"));
            }
        }

        @Test
        void rejectedHtmlIsResentAsPlainText() {
            try (BotHarness h = BotHarness.start(app)) {
                h.api.inject("sendMessage", ALICE, Failure.cantParseEntities(), 1);

                h.api.enqueue(Updates.privateText(ALICE, QUESTION));
                Call delivered = h.api.awaitDelivered(ALICE, 1).get(0);

                assertFalse(delivered.html());
                assertFalse(delivered.text().contains("<b>"), delivered.text());
                assertTrue(delivered.text().contains("Sources\n[1] Russkiy Mir Foundation, Russia and Japan extend"), delivered.text());
                assertEquals(2, h.api.calls("sendMessage").size());
            }
        }

        @Test
        void failingOptionalCallsNeverStopAnAnswer() {
            FakeBotApiServer api = new FakeBotApiServer();
            api.inject("setMyCommands", 0, Failure.serverError(), 10);
            api.inject("sendChatAction", 0, Failure.serverError(), 1000);
            try (BotHarness h = BotHarness.start(app, api, new InMemoryInbox(), 20)) {
                h.api.enqueue(Updates.privateText(ALICE, QUESTION));

                assertTrue(h.api.awaitDelivered(ALICE, 1).get(0).text().contains("2021"));
                assertTrue(h.api.calls("setMyCommands").stream().allMatch(c -> c.status() == 500));
            }
        }

        @Test
        void aSlowChatDoesNotHoldUpOthers() {
            try (BotHarness h = BotHarness.start(app)) {
                CountDownLatch fastDone = new CountDownLatch(1);
                h.api.inject("sendMessage", ALICE, Failure.slow(3_000), 1);

                h.api.enqueue(Updates.privateText(ALICE, QUESTION));
                h.api.await(c -> c.method().equals("sendchataction") && c.chatId() == ALICE, 1, Duration.ofSeconds(20));
                h.api.enqueue(Updates.privateText(4002, QUESTION));

                h.api.awaitDelivered(4002, 1);
                assertTrue(h.api.delivered(ALICE).isEmpty(), "the slow chat's answer is still on its way");
                h.api.awaitDelivered(ALICE, 1);
                fastDone.countDown();
            }
        }
    }

    @Nested
    class Restarts {
        @Test
        void anUpdateLeftUnfinishedIsTakenUpAtStartWithoutLoggingOrSendingAgainWhatItAlreadyDid() {
            FakeBotApiServer api = new FakeBotApiServer();
            InMemoryInbox inbox = new InMemoryInbox();
            long bob = 4003;
            // As a process killed mid-work leaves them: Alice's answer logged and sent, Bob's logged only.
            inbox.receive(500, ALICE, Updates.privateText(ALICE, QUESTION).put("update_id", 500).toString());
            inbox.recordTurn(500, 7);
            inbox.recordSent(500, 1);
            inbox.receive(501, bob, Updates.privateText(bob, QUESTION).put("update_id", 501).toString());
            inbox.recordTurn(501, 8);

            try (BotHarness h = BotHarness.start(app, api, inbox, 20)) {
                Call answer = api.awaitDelivered(bob, 1).get(0);
                h.awaitIdle();

                assertEquals(1, api.calls("sendMessage").size(), api.summary());
                assertTrue(answer.buttonData().get(0).startsWith("fb:1:8:"), "the logged turn is reused: " + answer.buttonData());
                assertTrue(h.log.turns().isEmpty(), "nothing is logged twice");
                assertTrue(inbox.unfinished(10).isEmpty());
            }
        }

        @Test
        void aRestartAgainstTheSameLedgerNeverAnswersAnUpdateTwice() {
            FakeBotApiServer api = new FakeBotApiServer();
            InMemoryInbox ledger = new InMemoryInbox();
            BotHarness first = BotHarness.start(app, api, ledger, 20);
            api.enqueueAll(Updates.privateText(ALICE, QUESTION), Updates.privateText(ALICE, "/help"), Updates.privateText(ALICE, "/about"));
            api.awaitDelivered(ALICE, 3);
            first.awaitIdle();
            first.stopBot();
            int pollsBefore = api.calls("getUpdates").size();

            api.redeliverFrom(1); // as if the confirmations were lost in the crash
            try (BotHarness second = BotHarness.start(app, api, ledger, 20)) {
                api.enqueue(Updates.privateText(ALICE, "/sources"));
                api.awaitDelivered(ALICE, 4);
                second.awaitIdle();

                assertEquals(4, api.delivered(ALICE).size(), api.summary());
                assertTrue(api.delivered(ALICE).get(3).text().contains("The articles I answer from"));
                assertEquals(4, api.calls("getUpdates").get(pollsBefore).params().path("offset").asLong(),
                        "polling resumes after the last handled update");
            }
        }
    }

    @Nested
    class Limits {
        @Test
        void aUserOverTheRateLimitIsToldOnceThenIgnored() {
            FakeBotApiServer api = new FakeBotApiServer();
            try (BotHarness h = BotHarness.start(app, api, new InMemoryInbox(), 2)) {
                api.enqueueAll(Updates.privateText(ALICE, QUESTION), Updates.privateText(ALICE, "/help"),
                        Updates.privateText(ALICE, "/about"), Updates.privateText(ALICE, "/sources"));
                api.awaitDelivered(ALICE, 3);
                h.awaitIdle();

                List<Call> delivered = api.delivered(ALICE);
                assertEquals(3, delivered.size(), api.summary());
                assertTrue(delivered.get(2).text().contains("faster than I can answer (at most 2 a minute)"), delivered.get(2).text());
            }
        }

        @Test
        void anAnswerTakingTooLongIsReplacedByAnApologyAndNeverSentLate() throws Exception {
            CountDownLatch release = new CountDownLatch(1);
            Answerer stuck = q -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return app.answerer().answer(q);
            };
            FakeBotApiServer api = new FakeBotApiServer();
            TelegramSettings tg = new TelegramSettings(Optional.of(FakeBotApiServer.TOKEN), api.baseUrl(), TelegramSettings.Mode.POLLING,
                    8443, "/telegram/webhook", Optional.empty(), 2, Duration.ofSeconds(1), 20);
            try (BotHarness h = BotHarness.start(app, api, new InMemoryInbox(), tg, stuck)) {
                api.enqueue(Updates.privateText(ALICE, QUESTION));

                Call apology = api.awaitDelivered(ALICE, 1).get(0);
                release.countDown();
                h.awaitIdle();

                assertTrue(apology.text().contains("took too long"), apology.text());
                assertEquals(1, api.delivered(ALICE).size(), api.summary());
            }
        }
    }

    @Nested
    class Shutdown {
        @Test
        void closingLetsAnAnswerInFlightFinishAndLeavesNoNonDaemonThreads() throws Exception {
            Set<Long> before = Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Answerer slow = q -> {
                started.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return app.answerer().answer(q);
            };
            FakeBotApiServer api = new FakeBotApiServer();
            BotHarness h = BotHarness.start(app, api, new InMemoryInbox(), BotHarness.settings(api.baseUrl(), 20), slow);
            api.enqueue(Updates.privateText(ALICE, QUESTION));
            assertTrue(started.await(20, TimeUnit.SECONDS));

            Thread closer = new Thread(h::stopBot);
            closer.start();
            release.countDown();
            closer.join(30_000);

            assertFalse(closer.isAlive());
            assertEquals(1, api.delivered(ALICE).size(), "the answer in flight was delivered before the bot stopped");
            api.close(); // the fake server's own HTTP thread is not the bot's
            List<String> lingering = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t.getId()) && t.isAlive() && !t.isDaemon() && t != closer)
                    .map(Thread::getName).toList();
            assertEquals(List.of(), lingering, "threads that would keep the JVM alive");
        }
    }
}

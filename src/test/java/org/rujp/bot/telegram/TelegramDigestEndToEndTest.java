package org.rujp.bot.telegram;

import org.rujp.bot.text.Html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.cli.ServeCommand;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.digest.DigestService;
import org.rujp.bot.digest.DigestTicker;
import org.rujp.bot.digest.FollowUpButtons;
import org.rujp.bot.digest.RunReport;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.store.Store;
import org.rujp.bot.telegram.FakeBotApiServer.Call;

/**
 * Digests through Telegram end to end, wired as {@code serve} wires them: a real SQLite file, the real
 * answering pipeline, real HTTP to a loopback Bot API, and an injected clock that moves only when told
 * (pacing and retry_after waits advance it instead of sleeping). Monday 23 November 2026, 08:00 in Moscow.
 */
class TelegramDigestEndToEndTest {
    static final Instant EIGHT_MSK = Instant.parse("2026-11-23T05:00:00Z");
    static final Instant PAST_NINE_MSK = Instant.parse("2026-11-23T06:00:30Z");
    static final long ALICE = 2001;
    static final long BOB = 2002;
    static final long GROUP = -100777;
    static final long ADMIN = 2101;
    static final long MEMBER = 2102;

    @TempDir
    static Path appDir;
    static App app;

    @TempDir
    Path dataDir;

    FakeBotApiServer api;
    FakeClock time;
    Store store;
    TelegramBot bot;

    @BeforeAll
    static void loadPipeline() {
        app = BotHarness.app(appDir);
    }

    @BeforeEach
    void start() {
        api = new FakeBotApiServer();
        time = new FakeClock(EIGHT_MSK);
        startBot();
    }

    @AfterEach
    void stop() {
        stopBot();
        api.close();
    }

    /** As serve does: one Store for the log, the ledger and the digests; the digest sender on the bot's connection. */
    private void startBot() {
        Settings settings = app.settings().withDataDir(dataDir);
        store = Store.open(settings, time);
        TelegramSettings tg = BotHarness.settings(api.baseUrl(), 100);
        BotToken token = BotToken.of(tg.token());
        bot = TelegramBot.start(new TelegramBot.Parts(tg, settings.store(), token, ApiEndpoint.parse(tg.apiUrl(), token),
                app.answerer(), app.knowledge(), app.index().index().key(), store.log(), store.inbox(), time,
                Duration.ofSeconds(1), new InetSocketAddress("127.0.0.1", 0))
                .withDigests(ServeCommand.digests(store, app, settings, time, time)));
    }

    private void stopBot() {
        bot.close();
        store.close();
    }

    private DigestService digests() {
        return bot.digests().orElseThrow();
    }

    /** Sends a private message and waits for the n-th message delivered to that chat; returns it. */
    private Call say(long chat, String text, int nth) {
        api.enqueue(Updates.privateText(chat, text));
        return api.awaitDelivered(chat, nth).get(nth - 1);
    }

    private RunReport tickAt(Instant t) {
        time.set(t);
        return digests().runDue(time.instant());
    }

    private List<Call> digestsTo(long chat) {
        return api.delivered(chat).stream().filter(c -> c.buttonData().stream().anyMatch(FollowUpButtons::isFollowUp)).toList();
    }

    /** What the store says of the chat's deliveries (the tables hold sealed chat ids, so ask the store). */
    private List<String> deliveries(long chat, java.util.function.Function<org.rujp.bot.store.Delivery, String> field) {
        return new org.rujp.bot.store.JdbcDeliveryLedger(store.database()).forChat(chat).stream().map(field).toList();
    }

    /** The chat's subscription as the store gives it back: one value, or none (null values are left out). */
    private List<String> subscription(long chat, java.util.function.Function<org.rujp.bot.store.Subscription, String> field) {
        return new org.rujp.bot.store.JdbcSubscriptionStore(store.database()).get(chat).map(field).stream().toList();
    }

    private List<String> sql(String query, Object... args) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Store.file(app.settings().withDataDir(dataDir)));
             PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class Subscribing {
        @Test
        void aDailySubscriberGetsTheDigestOnceAfterNineMoscowTimeWithCitedItemsAndButtons() {
            Call reply = say(ALICE, "/subscribe daily", 1);
            assertTrue(reply.text().contains("Subscribed: a daily digest"), reply.text());

            assertEquals(0, tickAt(EIGHT_MSK.plus(Duration.ofMinutes(59))).sent(), "not due before 09:00");
            RunReport report = tickAt(PAST_NINE_MSK);

            assertEquals(1, report.sent());
            List<Call> digest = digestsTo(ALICE);
            assertEquals(1, digest.size(), api.summary());
            Call message = digest.get(0);
            assertTrue(message.html());
            assertTrue(message.text().contains("Russia–Japan digest, 23 November 2026"), message.text());
            List<String> buttons = message.buttonData();
            assertEquals(3, buttons.size(), buttons.toString());
            assertEquals(3, message.params().path("reply_markup").path("inline_keyboard").size(), "one button per row");
            for (String data : buttons) {
                Fact fact = FollowUpButtons.resolve(data, app.knowledge()).orElseThrow();
                Source source = app.knowledge().sourceOf(fact);
                assertTrue(message.text().contains(Html.escape(source.publisher())), source.publisher());
                assertTrue(message.text().contains(Html.escape(source.title())), source.title());
            }
            assertEquals(List.of("sent"), deliveries(ALICE, d -> d.state().name().toLowerCase(java.util.Locale.ROOT)));

            assertEquals(0, tickAt(PAST_NINE_MSK).sent(), "a second tick at the same time sends nothing");
            assertEquals(0, tickAt(PAST_NINE_MSK.plus(Duration.ofHours(3))).sent());
            assertEquals(1, digestsTo(ALICE).size());
        }

        @Test
        void aRestartBetweenSubscribingAndTheDueTimeStillDeliversOnceCaughtUpByTheTickerAtStart() {
            say(ALICE, "/subscribe daily", 1);
            stopBot();
            time.set(PAST_NINE_MSK.plus(Duration.ofMinutes(20)));

            startBot();
            try (DigestTicker ticker = new DigestTicker(digests(), time, Duration.ofHours(1))) {
                ticker.start();
                api.awaitDelivered(ALICE, 2);
                awaitState(ALICE, "sent");
            }

            assertEquals(0, digests().runDue(time.instant()).sent(), "a second tick at the same time sends nothing");
            assertEquals(1, digestsTo(ALICE).size(), api.summary());
            assertEquals(List.of("daily:2026-11-23"), deliveries(ALICE, org.rujp.bot.store.Delivery::digestKey));
        }

        @Test
        void unsubscribeStopsDeliveries() {
            say(ALICE, "/subscribe", 1);
            Call reply = say(ALICE, "/unsubscribe", 2);

            assertTrue(reply.text().contains("Unsubscribed"), reply.text());
            assertEquals(0, tickAt(PAST_NINE_MSK).sent());
            assertEquals(0, tickAt(PAST_NINE_MSK.plus(Duration.ofDays(1))).sent());
            assertTrue(digestsTo(ALICE).isEmpty(), api.summary());
            assertEquals(List.of("0"), subscription(ALICE, sub -> sub.active() ? "1" : "0"));
        }

        @Test
        void aPreviewDoesNotConsumeItsItems() {
            say(ALICE, "/subscribe daily", 1);
            Call preview = say(ALICE, "/digest", 2);

            assertTrue(preview.text().contains("Preview of your next digest"), preview.text());
            assertEquals(3, preview.buttonData().size());
            assertTrue(deliveries(ALICE, d -> Long.toString(d.id())).isEmpty(), "a preview is not a delivery");

            tickAt(PAST_NINE_MSK);
            List<Call> digest = digestsTo(ALICE);
            assertEquals(2, digest.size(), "the preview and the digest");
            assertEquals(preview.buttonData(), digest.get(1).buttonData(), "the real digest carries the previewed facts");
            assertFalse(digest.get(1).text().contains("Preview"));
        }

        @Test
        void aTimeZoneChangeMovesTheNextDigestToNineInThatZone() {
            say(ALICE, "/subscribe daily", 1);
            Call reply = say(ALICE, "/settings zone Asia/Tokyo", 2);
            assertTrue(reply.text().contains("Time zone set to Asia/Tokyo"), reply.text());
            Call settings = say(ALICE, "/settings", 3);
            assertTrue(settings.text().contains("Asia/Tokyo"), settings.text());

            assertEquals(0, tickAt(PAST_NINE_MSK).sent(), "09:00 in Moscow is 15:00 in Tokyo: nothing due");
            assertEquals(1, tickAt(Instant.parse("2026-11-24T00:00:30Z")).sent(), "09:00 in Tokyo");

            assertEquals(List.of("daily:2026-11-24"), deliveries(ALICE, org.rujp.bot.store.Delivery::digestKey));
            assertEquals(List.of("Asia/Tokyo"), subscription(ALICE, sub -> sub.zone().map(java.time.ZoneId::getId).orElse(null)));
        }
    }

    @Nested
    class TelegramErrors {
        @Test
        void aChatThatBlockedTheBotIsUnsubscribed() {
            say(BOB, "/subscribe", 1);
            api.inject("sendMessage", BOB, FakeBotApiServer.Failure.blocked(), 1);

            RunReport report = tickAt(PAST_NINE_MSK);

            assertEquals(1, report.unsubscribed());
            assertEquals(List.of("0"), subscription(BOB, sub -> sub.active() ? "1" : "0"));
            assertEquals(List.of("unsubscribed"), deliveries(BOB, d -> d.state().name().toLowerCase(java.util.Locale.ROOT)));
            assertEquals(0, tickAt(PAST_NINE_MSK.plus(Duration.ofDays(1))).sent(), "never sent to again");
        }

        @Test
        void tooManyRequestsIsWaitedOutAndTheDigestDeliveredOnce() {
            say(ALICE, "/subscribe", 1);
            api.inject("sendMessage", ALICE, FakeBotApiServer.Failure.tooManyRequests(7), 1);

            RunReport report = tickAt(PAST_NINE_MSK);

            assertEquals(1, report.sent());
            assertEquals(1, digestsTo(ALICE).size());
            assertEquals(1, api.calls("sendMessage").stream().filter(c -> c.chatId() == ALICE && c.status() == 429).count());
            assertTrue(time.sleeps.contains(Duration.ofSeconds(7)), time.sleeps.toString());
            assertEquals(List.of("sent"), deliveries(ALICE, d -> d.state().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Nested
    class Groups {
        @Test
        void onlyAnAdministratorMaySubscribeAGroup() {
            api.setMemberStatus(GROUP, ADMIN, "administrator");

            api.enqueue(Updates.groupText(GROUP, MEMBER, "/subscribe"));
            Call refused = api.awaitDelivered(GROUP, 1).get(0);
            assertTrue(refused.text().contains("Only the group's administrators"), refused.text());
            assertTrue(subscription(GROUP, sub -> Long.toString(sub.chatId())).isEmpty());

            api.enqueue(Updates.groupText(GROUP, ADMIN, "/subscribe weekly"));
            Call accepted = api.awaitDelivered(GROUP, 2).get(1);
            assertTrue(accepted.text().contains("Subscribed: a weekly digest"), accepted.text());
            assertEquals(List.of("weekly"), subscription(GROUP, sub -> sub.active() ? sub.frequency().code() : null));

            List<Long> asked = api.calls("getChatMember").stream().map(c -> c.params().path("user_id").asLong()).toList();
            assertEquals(List.of(MEMBER, ADMIN), asked);
        }

        @Test
        void anyoneMayLookAtTheSettingsWithoutAMembershipCheck() {
            api.setMemberStatus(GROUP, ADMIN, "creator");
            api.enqueue(Updates.groupText(GROUP, ADMIN, "/subscribe"));
            api.awaitDelivered(GROUP, 1);

            api.enqueue(Updates.groupText(GROUP, MEMBER, "/settings"));
            Call settings = api.awaitDelivered(GROUP, 2).get(1);

            assertTrue(settings.text().contains("Digest: daily"), settings.text());
            assertEquals(1, api.calls("getChatMember").size());
        }
    }

    @Nested
    class FollowUpButton {
        @Test
        void pressingAnItemAnswersTheCallbackSendsTheFactAndMakesItTheContext() {
            say(ALICE, "/subscribe", 1);
            tickAt(PAST_NINE_MSK);
            String data = digestsTo(ALICE).get(0).buttonData().get(0);
            Fact fact = FollowUpButtons.resolve(data, app.knowledge()).orElseThrow();

            api.enqueue(Updates.callback(ALICE, 1, ALICE, data));
            Call sent = api.awaitDelivered(ALICE, 3).get(2);

            assertEquals(1, api.calls("answerCallbackQuery").size());
            assertTrue(sent.text().contains(Html.escape(fact.text(Lang.EN))), sent.text());
            assertTrue(sent.text().contains(Html.escape(app.knowledge().sourceOf(fact).publisher())), sent.text());

            say(ALICE, "When was that?", 4);
            List<String> resolved = sql("select resolved_question from turns order by id");
            assertEquals(1, resolved.size());
            assertEquals("When was that? " + fact.text(Lang.EN), resolved.get(0), "resolved against the pressed fact");
        }

        @Test
        void anUnknownItemGetsAPoliteCallbackAnswerAndNoMessage() {
            api.enqueue(Updates.callback(ALICE, 1, ALICE, "dq:no-such-fact"));

            Call answer = api.await(c -> c.method().equals("answercallbackquery"), 1, Duration.ofSeconds(30)).get(0);

            assertTrue(answer.params().path("text").asText().contains("no longer in my knowledge base"), answer.params().toString());
            assertTrue(api.delivered(ALICE).isEmpty());
        }
    }

    @Nested
    class Commands {
        @Test
        void theDigestCommandsAreRegisteredInThreeLanguagesAndListedInHelp() {
            assertEquals(10, api.commands("").size());
            assertEquals("subscribe", api.commands("").get(6).path("command").asText());
            assertEquals("settings", api.commands("ru").get(9).path("command").asText());
            assertEquals("ダイジェストの配信を止める", api.commands("ja").get(7).path("description").asText());

            Call help = say(ALICE, "/help", 1);
            assertTrue(help.text().contains("/subscribe"), help.text());
            assertTrue(help.text().contains("/settings zone Asia/Tokyo"), help.text());
            Call start = say(ALICE, "/start", 2);
            assertTrue(start.text().contains("Send /subscribe"), start.text());
        }
    }

    /** t.me/bot?start=PAYLOAD links: Telegram sends "/start PAYLOAD" from the user's client. */
    @Nested
    class DeepLinks {
        private Call sayIn(String languageCode, long chat, String text, int nth) {
            api.enqueue(Updates.privateText(chat, text, languageCode));
            return api.awaitDelivered(chat, nth).get(nth - 1);
        }

        @Test
        void subscribeWeeklyGreetsThenSubscribesWeekly() {
            Call greeting = sayIn("en", ALICE, "/start subscribe_weekly", 1);
            Call subscribed = api.awaitDelivered(ALICE, 2).get(1);

            assertTrue(greeting.text().startsWith("Hello! I answer questions"), greeting.text());
            assertTrue(subscribed.text().startsWith("Subscribed: a weekly digest"), subscribed.text());
            assertEquals(List.of("weekly"), subscription(ALICE, sub -> sub.frequency().code()));
        }

        @Test
        void thePayloadDoesNotSwitchARussianUserToEnglish() {
            Call greeting = sayIn("ru", BOB, "/start subscribe_daily", 1);
            Call subscribed = api.awaitDelivered(BOB, 2).get(1);

            assertTrue(greeting.text().startsWith("Здравствуйте!"), greeting.text());
            assertTrue(subscribed.text().startsWith("Подписка оформлена"), subscribed.text());
            assertEquals(List.of("daily/ru"), subscription(BOB, sub -> sub.frequency().code() + "/" + sub.lang().code()));
        }

        @Test
        void aJapaneseUserIsGreetedInJapanese() {
            Call greeting = sayIn("ja", ALICE, "/start subscribe_weekly", 1);
            Call subscribed = api.awaitDelivered(ALICE, 2).get(1);

            assertTrue(greeting.text().startsWith("こんにちは"), greeting.text());
            assertTrue(subscribed.text().startsWith("購読を開始しました"), subscribed.text());
        }

        @Test
        void anUnknownPayloadOnlyGreetsAndIsNotEchoed() {
            Call greeting = sayIn("ru", ALICE, "/start from_a_friend", 1);
            Call next = sayIn("ru", ALICE, "/help", 2);

            assertTrue(greeting.text().startsWith("Здравствуйте!"), greeting.text());
            assertFalse(greeting.text().contains("from_a_friend"), greeting.text());
            assertTrue(next.text().contains("/subscribe"), "the next message is the reply to /help: " + next.text());
            assertEquals(List.of(), subscription(ALICE, sub -> sub.frequency().code()));
        }
    }

    private void awaitState(long chat, String state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!deliveries(chat, d -> d.state().name().toLowerCase(java.util.Locale.ROOT)).equals(List.of(state))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("delivery to chat " + chat + " never became " + state);
            }
            Thread.onSpinWait();
        }
    }
}

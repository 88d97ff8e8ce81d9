package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.digest.DigestButton;
import org.rujp.bot.digest.SendOutcome;
import org.rujp.bot.telegram.FakeBotApiServer.Call;
import org.rujp.bot.telegram.FakeBotApiServer.Failure;

/** The digest sender over real HTTP to the loopback Bot API, connected as {@code digest run-now} connects it. */
class TelegramDigestSenderTest {
    static final long CHAT = 42;
    static final String HTML = "<b>Russia–Japan digest</b>\n1. A fact &amp; its source";
    static final List<DigestButton> BUTTONS = List.of(new DigestButton("Ask about item 1", "dq:fact-1"),
            new DigestButton("Ask about item 2", "dq:fact-2"));

    FakeBotApiServer api;
    TelegramDigestSender sender;

    @BeforeEach
    void connect() {
        api = new FakeBotApiServer();
        sender = TelegramDigestSender.connect(BotHarness.settings(api.baseUrl(), 20));
    }

    @AfterEach
    void close() {
        sender.close();
        api.close();
    }

    @Test
    void sendsHtmlWithOneButtonPerRow() {
        SendOutcome outcome = sender.send(CHAT, HTML, BUTTONS);

        assertInstanceOf(SendOutcome.Sent.class, outcome);
        Call call = api.delivered(CHAT).get(0);
        assertTrue(call.html());
        assertEquals(HTML, call.text());
        assertEquals(List.of("dq:fact-1", "dq:fact-2"), call.buttonData());
        assertEquals(2, call.params().path("reply_markup").path("inline_keyboard").size());
    }

    @Test
    void tooManyRequestsBecomesRetryAfterWithTheSecondsAndIsNotRetriedHere() {
        api.inject("sendMessage", CHAT, Failure.tooManyRequests(5), 1);

        assertEquals(new SendOutcome.RetryAfter(5), sender.send(CHAT, HTML, BUTTONS));
        assertEquals(1, api.calls("sendMessage").size());
    }

    @Test
    void forbiddenBecomesForbidden() {
        api.inject("sendMessage", CHAT, Failure.blocked(), 1);

        SendOutcome outcome = sender.send(CHAT, HTML, BUTTONS);

        assertTrue(outcome instanceof SendOutcome.Forbidden f && f.description().contains("blocked"), outcome.toString());
    }

    @Test
    void rejectedHtmlIsResentAsPlainTextWithItsButtons() {
        api.inject("sendMessage", CHAT, Failure.cantParseEntities(), 1);

        SendOutcome outcome = sender.send(CHAT, HTML, BUTTONS);

        assertInstanceOf(SendOutcome.Sent.class, outcome);
        Call plain = api.delivered(CHAT).get(0);
        assertFalse(plain.html());
        assertEquals("Russia–Japan digest\n1. A fact & its source", plain.text());
        assertEquals(List.of("dq:fact-1", "dq:fact-2"), plain.buttonData());
    }

    @Test
    void otherErrorsFailWithoutTheToken() {
        api.inject("sendMessage", CHAT, Failure.echoingPath(), 1);

        SendOutcome outcome = sender.send(CHAT, HTML, BUTTONS);

        assertTrue(outcome instanceof SendOutcome.Failed f && !f.description().contains(FakeBotApiServer.TOKEN), outcome.toString());
    }

    @Test
    void aMissingTokenIsRefusedBeforeConnecting() {
        TelegramSettings noToken = new TelegramSettings(Optional.empty(), api.baseUrl(), TelegramSettings.Mode.POLLING, 8443,
                "/telegram/webhook", Optional.empty(), 4, Duration.ofSeconds(20), 20);

        TelegramException e = assertThrows(TelegramException.class, () -> TelegramDigestSender.connect(noToken));
        assertTrue(e.getMessage().contains("TELEGRAM_BOT_TOKEN"), e.getMessage());
    }
}

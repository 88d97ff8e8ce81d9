package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.CapturedLogs;
import org.rujp.bot.telegram.FakeBotApiServer.Failure;

/** The bot token never appears in a log line or an exception message, whatever fails. */
class TokenSecrecyTest {
    static final String SECRET_PART = FakeBotApiServer.TOKEN.substring(FakeBotApiServer.TOKEN.indexOf(':') + 1);

    @TempDir
    static Path dataDir;
    static App app;

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    @BeforeAll
    static void loadPipeline() {
        app = BotHarness.app(dataDir);
    }

    @Nested
    class WhileRunning {
        @Test
        void errorsThatEchoTheRequestUrlAreLoggedWithoutTheToken() {
            try (BotHarness h = BotHarness.start(app)) {
                h.api.inject("sendMessage", 0, Failure.echoingPath(), 2);
                h.api.inject("sendChatAction", 0, Failure.echoingPath(), 100);
                h.api.inject("answerCallbackQuery", 0, Failure.echoingPath(), 1);
                h.api.enqueue(Updates.privateText(1, "When was the Year of Interregional Exchanges extended?"));
                h.api.enqueue(Updates.privateText(1, "/help"));
                h.api.enqueue(Updates.callback(1, 1000, 1, "fb:1:1"));
                h.api.await(c -> c.method().equals("answercallbackquery"), 1, java.time.Duration.ofSeconds(20));
                h.awaitIdle();

                assertTrue(h.api.calls("sendMessage").stream().anyMatch(c -> c.status() == 404), "the failure happened");
                assertTrue(logs.events().stream().anyMatch(e -> e.getFormattedMessage().contains("/bot***/sendmessage")),
                        "the failure was logged, redacted");
            }
            assertNoTokenLogged();
        }

        @Test
        void pollingErrorsThatEchoTheRequestUrlAreLoggedWithoutTheToken() {
            try (BotHarness h = BotHarness.start(app)) {
                h.api.inject("getUpdates", 0, Failure.echoingPath(), 2);
                h.api.await(c -> c.method().equals("getupdates") && c.status() == 404, 2, java.time.Duration.ofSeconds(20));
                h.api.enqueue(Updates.privateText(1, "/help"));
                h.api.awaitDelivered(1, 1);
            }
            assertNoTokenLogged();
        }

        @Test
        void pollingAgainstAServerThatGoesAwayLogsNoToken() {
            BotHarness h = BotHarness.start(app);
            h.api.close();
            h.stopBot();

            assertNoTokenLogged();
        }
    }

    @Nested
    class AtStartUp {
        @Test
        void anUnreachableApiFailsWithAMessageWithoutTheToken() throws IOException {
            int deadPort;
            try (ServerSocket s = new ServerSocket(0)) {
                deadPort = s.getLocalPort();
            }
            TelegramException e = assertThrows(TelegramException.class, () -> BotHarness.start(app,
                    new FakeBotApiServer(), new InMemoryInbox(), BotHarness.settings("http://127.0.0.1:" + deadPort, 20), app.answerer()));

            assertTrue(e.getMessage().contains("getMe failed"), e.getMessage());
            assertClean(e.getMessage());
            assertNoTokenLogged();
        }

        @Test
        void aRejectedTokenFailsClearly() {
            try (FakeBotApiServer other = new FakeBotApiServer("987654321:AAAnother-token_0123456789abcdefghijk")) {
                TelegramException e = assertThrows(TelegramException.class, () -> BotHarness.start(app, other,
                        new InMemoryInbox(), BotHarness.settings(other.baseUrl(), 20), app.answerer()));

                assertTrue(e.getMessage().contains("401"), e.getMessage());
                assertClean(e.getMessage());
            }
        }

        @Test
        void aMissingOrMalformedTokenIsAClearErrorThatNeverRepeatsIt() {
            TelegramException missing = assertThrows(TelegramException.class, () -> BotToken.of(Optional.empty()));
            TelegramException malformed = assertThrows(TelegramException.class, () -> BotToken.of(Optional.of("12345:tooShortSecretValue")));

            assertTrue(missing.getMessage().contains("TELEGRAM_BOT_TOKEN is not set"));
            assertTrue(malformed.getMessage().contains("malformed"));
            assertFalse(malformed.getMessage().contains("tooShortSecretValue"));
        }

        @Test
        void theTokenPrintsMasked() {
            BotToken token = BotToken.of(Optional.of(FakeBotApiServer.TOKEN));

            assertEquals("BotToken[***]", token.toString());
            assertEquals("GET /bot***/getMe failed", token.redact("GET /bot" + FakeBotApiServer.TOKEN + "/getMe failed"));
            assertEquals("secret *** leaked", token.redact("secret " + SECRET_PART + " leaked"));
        }

        @Test
        void aBadApiUrlIsAClearErrorWithoutTheToken() {
            BotToken token = BotToken.of(Optional.of(FakeBotApiServer.TOKEN));

            assertTrue(assertThrows(TelegramException.class, () -> ApiEndpoint.parse("ftp://example.org", token)).getMessage().contains("http or https"));
            assertTrue(assertThrows(TelegramException.class, () -> ApiEndpoint.parse("not a url", token)).getMessage().contains("TELEGRAM_API_URL"));
            String withToken = assertThrows(TelegramException.class,
                    () -> ApiEndpoint.parse("https://api.telegram.org/bot" + FakeBotApiServer.TOKEN, token)).getMessage();
            assertTrue(withToken.contains("no path"), withToken);
            assertClean(withToken);
            var url = ApiEndpoint.parse("http://127.0.0.1:8081", token);
            assertEquals(List.of("http", "127.0.0.1", 8081), List.of(url.getSchema(), url.getHost(), url.getPort()));
            assertEquals(443, ApiEndpoint.parse("https://api.telegram.org", token).getPort());
        }
    }

    private void assertNoTokenLogged() {
        List<String> texts = new ArrayList<>();
        for (ILoggingEvent e : logs.events()) {
            texts.add(e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                texts.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        texts.forEach(TokenSecrecyTest::assertClean);
    }

    private static void assertClean(String text) {
        assertFalse(text != null && text.contains(SECRET_PART), "the token leaked into: " + text);
    }
}

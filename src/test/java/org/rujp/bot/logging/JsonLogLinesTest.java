package org.rujp.bot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** log.format: json: the shipped log configuration writes one JSON object per line, masked as the text lines are. */
class JsonLogLinesTest {
    private static final String TOKEN = "123456789:AAFake-token_for_tests_only_0123456789xyz";
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void backToText() {
        BotLayout.useJson(false);
    }

    private String line(String message, Object[] args, Throwable thrown) {
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> appender =
                (OutputStreamAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        @SuppressWarnings("unchecked")
        LayoutWrappingEncoder<ILoggingEvent> encoder = (LayoutWrappingEncoder<ILoggingEvent>) appender.getEncoder();
        return encoder.getLayout().doLayout(new LoggingEvent("test", context.getLogger("org.rujp.bot.telegram.ChatResponder"),
                Level.WARN, message, thrown, args));
    }

    @Test
    void aLineIsOneJsonObjectWithTheEventsFields() throws Exception {
        BotLayout.useJson(true);

        String line = line("chat {} ({}): answered in {} ms", new Object[] {987654321L, "private", 42}, null);

        assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("WARN", json.get("level").asText());
        assertEquals("org.rujp.bot.telegram.ChatResponder", json.get("logger").asText());
        assertEquals(Thread.currentThread().getName(), json.get("thread").asText());
        assertTrue(Instant.parse(json.get("time").asText()).isAfter(Instant.now().minusSeconds(60)), line);
        assertTrue(json.get("message").asText().matches("chat #[0-9a-f]{8} \\(private\\): answered in 42 ms"), line);
        assertFalse(json.has("exception"), line);
    }

    @Test
    void idsAndTokensAreMaskedInTheMessageAndTheException() throws Exception {
        BotLayout.useJson(true);

        String line = line("user {} sent via https://api.telegram.org/bot{}/sendMessage", new Object[] {4242L, TOKEN},
                new IllegalStateException("call to /bot" + TOKEN + "/getMe failed for chat_id=987654321"));

        assertFalse(line.contains(TOKEN.substring(10)), line);
        assertFalse(line.contains("987654321") || line.contains("4242"), line);
        JsonNode json = new ObjectMapper().readTree(line);
        assertTrue(json.get("message").asText().contains("/bot***/sendMessage"), line);
        assertTrue(json.get("exception").asText().startsWith("java.lang.IllegalStateException: call to /bot***/getMe"), line);
        assertTrue(json.get("exception").asText().contains("\tat "), "the stack trace is kept: " + line);
    }

    @Test
    void textStaysTheDefault() {
        String line = line("chat {}: answered", new Object[] {987654321L}, null);

        assertFalse(line.startsWith("{"), line);
        assertTrue(line.contains("WARN  ChatResponder - chat #"), line);
    }
}

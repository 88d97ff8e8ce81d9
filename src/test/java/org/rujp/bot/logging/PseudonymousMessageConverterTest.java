package org.rujp.bot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PseudonymousMessageConverterTest {
    @Test
    void chatAndUserIdsBecomeCodesThatAreStableWithinARun() {
        String a = PseudonymousMessageConverter.mask("chat 5001 (private): answered in 12 ms, top score 0.812");
        String b = PseudonymousMessageConverter.mask("Chat 5001 subscribed; user 4242 is administrator of chat -100777");

        // as numbers of their own: a code's hex digits may hold the same digits ("#7d500105")
        java.util.regex.Pattern raw = java.util.regex.Pattern.compile("(?<![0-9a-f])-?(5001|4242|100777)(?![0-9a-f])");
        assertFalse(raw.matcher(a).find(), a);
        assertTrue(a.contains("in 12 ms, top score 0.812"), "other numbers stay: " + a);
        assertFalse(raw.matcher(b).find(), b);
        assertEquals(a.substring(5, 14), b.substring(5, 14), "the same chat has the same code: " + a + " / " + b);
        assertNotEquals(PseudonymousMessageConverter.mask("chat 5001"), PseudonymousMessageConverter.mask("chat 5002"));
    }

    @Test
    void theShippedLogConfigurationWritesNoRawChatId() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        OutputStreamAppender<ILoggingEvent> appender =
                (OutputStreamAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        LayoutWrappingEncoder<ILoggingEvent> encoder = (LayoutWrappingEncoder<ILoggingEvent>) appender.getEncoder();

        String line = encoder.getLayout().doLayout(new LoggingEvent("test", context.getLogger("ChatResponder"), Level.INFO,
                "chat {} ({}): answered", null, new Object[] {987654321L, "private"}));

        assertFalse(line.contains("987654321"), line);
        assertTrue(line.contains("chat #"), line);
    }
}

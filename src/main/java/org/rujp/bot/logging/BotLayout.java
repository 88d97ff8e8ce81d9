package org.rujp.bot.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The log line layout of logback.xml: the text pattern, or one JSON object per line ({@code log.format: json},
 * {@code RUJP_LOG_FORMAT=json}) with {@code time}, {@code level}, {@code logger}, {@code thread}, {@code message}
 * and, for an exception, {@code exception}. Both mask alike: chat and user ids by their per-run codes
 * ({@link PseudonymousMessageConverter}), anything shaped like a bot token by {@code ***}.
 */
public final class BotLayout extends LayoutBase<ILoggingEvent> {
    /** Bot tokens: digits, a colon, 30 or more of A-Z a-z 0-9 _ -. */
    public static final Pattern TOKEN = Pattern.compile("[0-9]{5,}:[A-Za-z0-9_-]{30,}");
    private static final JsonFactory JSON = new JsonFactory();
    /** Set from the settings once they are read (the config file may choose JSON); null: the configured format. */
    private static volatile Boolean jsonChosen;

    private String pattern = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %pmsg%n";
    private boolean json;
    private PatternLayout text;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /** "text" or "json" (case ignored); anything else is text. */
    public void setFormat(String format) {
        this.json = format != null && format.strip().toLowerCase(Locale.ROOT).equals("json");
    }

    /** Chooses the format of every line from now on ({@code log.format} of the settings). */
    public static void useJson(boolean json) {
        jsonChosen = json;
    }

    @Override
    public void start() {
        text = new PatternLayout();
        text.setContext(getContext());
        text.setPattern(pattern);
        text.start();
        super.start();
    }

    @Override
    public void stop() {
        if (text != null) {
            text.stop();
        }
        super.stop();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        Boolean chosen = jsonChosen;
        return (chosen != null ? chosen : json) ? json(event) : text.doLayout(event);
    }

    /** One JSON object and a newline. */
    static String json(ILoggingEvent event) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            g.writeStringField("level", event.getLevel().toString());
            g.writeStringField("logger", event.getLoggerName());
            g.writeStringField("thread", event.getThreadName());
            g.writeStringField("message", mask(event.getFormattedMessage()));
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                g.writeStringField("exception", mask(ThrowableProxyUtil.asString(thrown)));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** Ids coded, tokens masked. */
    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        return TOKEN.matcher(PseudonymousMessageConverter.mask(text)).replaceAll("***");
    }
}

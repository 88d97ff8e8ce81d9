package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    @Test
    void withoutATokenServeStopsAtOnceWithAClearConfigurationError() {
        assumeTrue(System.getenv("TELEGRAM_BOT_TOKEN") == null, "needs an environment without TELEGRAM_BOT_TOKEN");
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"serve"}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertEquals(Main.EXIT_INPUT, code);
        assertTrue(err.toString().contains("TELEGRAM_BOT_TOKEN is not set"), err.toString());
    }

    @Test
    void serveIsListedInTheUsage() {
        StringWriter out = new StringWriter();

        Main.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertTrue(out.toString().contains("serve"), out.toString());
    }
}

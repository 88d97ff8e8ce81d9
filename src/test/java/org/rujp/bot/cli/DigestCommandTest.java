package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.Frequency;
import org.rujp.bot.store.SqliteDeliveryLedger;
import org.rujp.bot.store.SqliteSubscriptionStore;

class DigestCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void previewPrintsASubscribedChatsNextDigestInItsLanguageAndRecordsNothing() {
        try (Database db = Database.open(dataDir.resolve("rujp-bot.db"))) {
            new SqliteSubscriptionStore(db).subscribe(77, "private", Frequency.WEEKLY, Optional.empty(), Lang.RU, Instant.now());
        }

        int code = run("digest", "preview", "--chat", "77", "--data-dir", dataDir.toString(), "--knowledge-dir", "knowledge");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Еженедельный дайджест"), out.toString());
        assertTrue(out.toString().contains("Источник: "), out.toString());
        assertTrue(out.toString().contains("dq:"), "the buttons are listed");
        assertTrue(err.toString().contains("chat 77 is subscribed"), err.toString());
        try (Database db = Database.open(dataDir.resolve("rujp-bot.db"))) {
            assertTrue(new SqliteDeliveryLedger(db).forChat(77).isEmpty(), "a preview is not a delivery");
        }
    }

    @Test
    void previewNeedsAChatId() {
        assertEquals(Main.EXIT_USAGE, run("digest", "preview", "--data-dir", dataDir.toString()));
        assertTrue(err.toString().contains("--chat"), err.toString());
    }

    @Test
    void runNowWithoutATokenSaysSoAndSendsNothing() {
        assumeTrue(System.getenv("TELEGRAM_BOT_TOKEN") == null, "the environment provides a token");

        int code = run("digest", "run-now", "--data-dir", dataDir.toString(), "--knowledge-dir", "knowledge");

        assertEquals(Main.EXIT_INPUT, code);
        assertTrue(err.toString().contains("TELEGRAM_BOT_TOKEN is not set"), err.toString());
    }
}
